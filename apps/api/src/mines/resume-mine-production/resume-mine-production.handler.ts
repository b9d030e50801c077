import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ResumeMineProduction, mineCommandAccess, mineDecider } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';

import { MineDirectory, mineStream } from '../../shared/mine-directory';
import { ResumeMineProductionCommand } from './resume-mine-production.command';

@CommandHandler(ResumeMineProductionCommand)
export class ResumeMineProductionHandler implements ICommandHandler<ResumeMineProductionCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ mineId, body, actor, request }: ResumeMineProductionCommand): Promise<CommandAccepted> {
    const id = mineId;
    const command: Omit<ResumeMineProduction, 'metadata'> = {
      type: 'ResumeMineProduction',
      data: { mineId: id, approvalNo: body.approvalNo },
    };
    return this.gateway.execute({
      id,
      streamId: mineStream(id),
      decider: mineDecider,
      access: mineCommandAccess.ResumeMineProduction,
      command,
      actor,
      target: await this.mines.scopeOf(id),
      request,
    });
  }
}
