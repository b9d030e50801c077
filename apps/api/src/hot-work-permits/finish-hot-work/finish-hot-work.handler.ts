import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { FinishHotWork, hotWorkPermitCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandBody, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingPermit } from '../shared/existing-permit';
import { FinishHotWorkCommand } from './finish-hot-work.command';

@CommandHandler(FinishHotWorkCommand)
export class FinishHotWorkHandler implements ICommandHandler<FinishHotWorkCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ permitId, body, actor, request }: FinishHotWorkCommand): Promise<CommandAccepted> {
    const command: CommandBody<FinishHotWork> = { type: 'FinishHotWork', data: { permitId, note: body.note } };
    return this.gateway.execute({
      ...existingPermit(this.mines, permitId),
      access: hotWorkPermitCommandAccess.FinishHotWork,
      command,
      actor,
      request,
    });
  }
}
