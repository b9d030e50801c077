import { Inject, NotFoundException } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RecordedEvent, ReportRecurrence, hazardCommandAccess, hazardDecider, streams } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore, loadStream } from '@hazard-ledger/event-store';
import { newAggregateId } from '../../shared/aggregate-id';
import { CommandAccepted, CommandBody, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { ReportRecurrenceCommand } from './report-recurrence.command';

// The folded state keeps no dates; the closing event does.
const closedAt = (history: RecordedEvent[]): string | undefined => {
  const closed = history.filter((e) => e.type === 'HazardClosed').pop();
  return closed ? String(closed.data.closedAt) : undefined;
};

@CommandHandler(ReportRecurrenceCommand)
export class ReportRecurrenceHandler implements ICommandHandler<ReportRecurrenceCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ hazardId: earlierId, body, actor, request }: ReportRecurrenceCommand): Promise<CommandAccepted> {
    // The earlier hazard from the event store (no read model): its status, mine and closing date.
    const { state: earlier, history } = await loadStream(this.store, streams.hazard(earlierId), hazardDecider);
    if (earlier.status === 'not_discovered')
      throw new NotFoundException(`隐患 ${earlierId} 不存在 / Hazard ${earlierId} does not exist`);
    const id = newAggregateId(request, 'hazard');
    const { source, location, description, evidence, occurredAt, linkedRef } = body;
    // As for POST /hazards: no inspection is vouched for here, so a recurrence "by inspection" is refused (422).
    const command: CommandBody<ReportRecurrence> = {
      type: 'ReportRecurrence',
      data: {
        ...{ hazardId: id, mineId: earlier.mineId, source, location, description, evidence, occurredAt },
        linkedRef: source === 'inspection' ? undefined : linkedRef,
        earlier: { hazardId: earlierId, status: earlier.status, closedAt: closedAt(history) },
      },
    };
    return this.gateway.execute({
      id,
      streamId: streams.hazard(id),
      decider: hazardDecider,
      access: hazardCommandAccess.ReportRecurrence,
      command,
      actor,
      scope: () => this.mines.scopeOf(earlier.mineId),
      request,
      occurredAt,
    });
  }
}
