import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CloseMine, mineCommandAccess, mineDecider } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';

import { MineDirectory, mineStream } from '../../shared/mine-directory';
import { CloseMineCommand } from './close-mine.command';

@CommandHandler(CloseMineCommand)
export class CloseMineHandler implements ICommandHandler<CloseMineCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ mineId, body, actor, request }: CloseMineCommand): Promise<CommandAccepted> {
    const id = mineId;
    const command: Omit<CloseMine, 'metadata'> = {
      type: 'CloseMine',
      data: { mineId: id, decisionNo: body.decisionNo, reason: body.reason },
    };
    return this.gateway.execute({
      id,
      streamId: mineStream(id),
      decider: mineDecider,
      access: mineCommandAccess.CloseMine,
      command,
      actor,
      target: await this.mines.scopeOf(id),
      request,
      reason: body.reason,
    });
  }
}
