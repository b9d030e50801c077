import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CloseMine, mineCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { existingMine } from '../shared/existing-mine';
import { CloseMineCommand } from './close-mine.command';

@CommandHandler(CloseMineCommand)
export class CloseMineHandler implements ICommandHandler<CloseMineCommand> {
  constructor(private readonly gateway: CommandGateway) {}

  async execute({ mineId, body, actor, request }: CloseMineCommand): Promise<CommandAccepted> {
    const command: Omit<CloseMine, 'metadata'> = {
      type: 'CloseMine',
      data: { mineId, decisionNo: body.decisionNo, reason: body.reason },
    };
    return this.gateway.execute({
      ...existingMine(mineId),
      access: mineCommandAccess.CloseMine,
      command,
      actor,
      request,
      reason: body.reason,
    });
  }
}
