import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { StartHotWork, hotWorkPermitCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandBody, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingPermit } from '../shared/existing-permit';
import { StartHotWorkCommand } from './start-hot-work.command';

@CommandHandler(StartHotWorkCommand)
export class StartHotWorkHandler implements ICommandHandler<StartHotWorkCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ permitId, actor, request }: StartHotWorkCommand): Promise<CommandAccepted> {
    const command: CommandBody<StartHotWork> = { type: 'StartHotWork', data: { permitId } };
    return this.gateway.execute({
      ...existingPermit(this.mines, permitId),
      access: hotWorkPermitCommandAccess.StartHotWork,
      command,
      actor,
      request,
    });
  }
}
