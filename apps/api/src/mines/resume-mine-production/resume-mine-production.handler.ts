import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ResumeMineProduction, mineCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { existingMine } from '../shared/existing-mine';
import { ResumeMineProductionCommand } from './resume-mine-production.command';

@CommandHandler(ResumeMineProductionCommand)
export class ResumeMineProductionHandler implements ICommandHandler<ResumeMineProductionCommand> {
  constructor(private readonly gateway: CommandGateway) {}

  async execute({ mineId, body, actor, request }: ResumeMineProductionCommand): Promise<CommandAccepted> {
    const command: Omit<ResumeMineProduction, 'metadata'> = {
      type: 'ResumeMineProduction',
      data: { mineId, approvalNo: body.approvalNo },
    };
    return this.gateway.execute({
      ...existingMine(mineId),
      access: mineCommandAccess.ResumeMineProduction,
      command,
      actor,
      request,
    });
  }
}
