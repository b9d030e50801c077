import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  RecordProductionSignal,
  productionSignalCommandAccess,
  productionSignalDecider,
  streams,
} from '@hazard-ledger/domain';
import { newAggregateId } from '../../shared/aggregate-id';
import { CommandAccepted, CommandBody, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { RecordProductionSignalCommand } from './record-production-signal.command';

@CommandHandler(RecordProductionSignalCommand)
export class RecordProductionSignalHandler implements ICommandHandler<RecordProductionSignalCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ body, actor, request }: RecordProductionSignalCommand): Promise<CommandAccepted> {
    const id = newAggregateId(request, 'production-signal');
    const { mineId, source, producing, observedAt, period, value, unit, reference, note } = body;
    const command: CommandBody<RecordProductionSignal> = {
      type: 'RecordProductionSignal',
      data: { signalId: id, mineId, source, producing, observedAt, period, value, unit, reference, note },
    };
    // The envelope's occurredAt is the observation: the signal's valid time, as every other record keeps it.
    return this.gateway.execute({
      id,
      streamId: streams.productionSignal(id),
      decider: productionSignalDecider,
      access: productionSignalCommandAccess.RecordProductionSignal,
      command,
      actor,
      scope: () => this.mines.scopeOf(mineId),
      request,
      occurredAt: observedAt,
    });
  }
}
