import { Inject, Injectable } from '@nestjs/common';
import { DomainEvent, Inspection, inspectionDecider, streams } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { InspectionTeamFacts, InspectionTeams } from '../../shared/inspection-teams.port';

/** The real INSPECTION_TEAMS: folds the inspection's stream from the event store (write side, never a read model). */
@Injectable()
export class InspectionStreamTeams implements InspectionTeams {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async teamOf(inspectionId: string): Promise<InspectionTeamFacts | undefined> {
    const events = await this.store.readStream(streams.inspection(inspectionId));
    const state = events.reduce<Inspection>(
      (s, e) => inspectionDecider.evolve(s, { type: e.type, data: e.data } as DomainEvent as never),
      inspectionDecider.initialState(),
    );
    if (state.status === 'not_recorded') return undefined;
    return {
      inspectionId: state.inspectionId,
      mineId: state.mineId,
      members: state.team.map(({ userId, certificateNo, leader }) => ({ userId, certificateNo, leader })),
    };
  }
}
