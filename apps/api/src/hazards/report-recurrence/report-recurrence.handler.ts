import { Inject, NotFoundException } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ReportRecurrence, hazardCommandAccess, hazardDecider } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { newAggregateId } from '../../shared/aggregate-id';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { HazardDirectory, hazardStream } from '../../shared/hazard-directory';
import { MineDirectory } from '../../shared/mine-directory';
import { ReportRecurrenceCommand } from './report-recurrence.command';

@CommandHandler(ReportRecurrenceCommand)
export class ReportRecurrenceHandler implements ICommandHandler<ReportRecurrenceCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly hazards: HazardDirectory,
    private readonly mines: MineDirectory,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ hazardId: earlierId, body, actor, request }: ReportRecurrenceCommand): Promise<CommandAccepted> {
    const { hazard: earlier } = await this.hazards.find(earlierId);
    if (earlier.status === 'not_discovered')
      throw new NotFoundException(`隐患 ${earlierId} 不存在 / Hazard ${earlierId} does not exist`);
    const id = newAggregateId(request, 'hazard');
    const { source, location, description, evidence, occurredAt, linkedRef } = body;
    const command: Omit<ReportRecurrence, 'metadata'> = {
      type: 'ReportRecurrence',
      data: {
        hazardId: id,
        mineId: earlier.mineId,
        source,
        location,
        description,
        evidence,
        occurredAt,
        linkedRef,
        earlier: { hazardId: earlierId, status: earlier.status, closedAt: await this.closedAt(earlierId) },
      },
    };
    return this.gateway.execute({
      id,
      streamId: hazardStream(id),
      decider: hazardDecider,
      access: hazardCommandAccess.ReportRecurrence,
      command,
      actor,
      target: await this.mines.scopeOf(earlier.mineId),
      request,
      occurredAt,
    });
  }

  // The folded state keeps no dates; the closing event does.
  private async closedAt(hazardId: string): Promise<string | undefined> {
    const events = await this.store.readStream(hazardStream(hazardId));
    const closed = events.filter((e) => e.type === 'HazardClosed').pop();
    return closed ? String(closed.data.closedAt) : undefined;
  }
}
