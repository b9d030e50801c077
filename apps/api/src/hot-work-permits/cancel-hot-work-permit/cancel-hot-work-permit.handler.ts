import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CancelHotWorkPermit, hotWorkPermitCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandBody, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingPermit } from '../shared/existing-permit';
import { CancelHotWorkPermitCommand } from './cancel-hot-work-permit.command';

@CommandHandler(CancelHotWorkPermitCommand)
export class CancelHotWorkPermitHandler implements ICommandHandler<CancelHotWorkPermitCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ permitId, body, actor, request }: CancelHotWorkPermitCommand): Promise<CommandAccepted> {
    const command: CommandBody<CancelHotWorkPermit> = {
      type: 'CancelHotWorkPermit',
      data: { permitId, reason: body.reason },
    };
    return this.gateway.execute({
      ...existingPermit(this.mines, permitId),
      access: hotWorkPermitCommandAccess.CancelHotWorkPermit,
      command,
      actor,
      request,
    });
  }
}
