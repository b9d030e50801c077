import { Inject, Injectable } from '@nestjs/common';
import { Contractor, ContractorEvent, contractorDecider, streams } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { ContractorFacts, Contractors } from '../../shared/contractors.port';

/** The real CONTRACTORS: folds the contractor's stream from the event store (write side, never a read model). */
@Injectable()
export class ContractorStreams implements Contractors {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async contractorOf(contractorId: string): Promise<ContractorFacts | undefined> {
    const events = await this.store.readStream(streams.contractor(contractorId));
    const state = events.reduce<Contractor>(
      (s, e) => contractorDecider.evolve(s, { type: e.type, data: e.data } as unknown as ContractorEvent),
      contractorDecider.initialState(),
    );
    return state.status === 'not_registered' ? undefined : { contractorId, mineId: state.mineId };
  }
}
