import { Inject, Injectable } from '@nestjs/common';
import { CitedDocument, DomainEvent, NamedHazardFacts, hazardDecider, streams } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { ENFORCEMENT_DOCUMENTS, EnforcementDocuments } from '../../shared/enforcement-documents.port';

// A hazard counts as signed off when its 销号 stands: HazardSignedOff recorded and the hazard now signed off or
// closed after it (a sign-off later invalidated moves the status back and no longer counts).
const SIGNED_OFF_STATUSES = new Set(['signed_off', 'closed']);

/**
 * The facts an order's decision needs from other records, read from the write side: the cited document through
 * the ENFORCEMENT_DOCUMENTS port and each named hazard from its own stream. The mine decider stays pure.
 */
@Injectable()
export class OrderFacts {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ENFORCEMENT_DOCUMENTS) private readonly documents: EnforcementDocuments,
  ) {}

  async document(documentId: string): Promise<CitedDocument | null> {
    const facts = await this.documents.factsOf(documentId);
    return facts ? { ...facts, hazardIds: [...facts.hazardIds] } : null;
  }

  async hazards(hazardIds: readonly string[]): Promise<NamedHazardFacts[]> {
    return Promise.all([...new Set(hazardIds)].map((id) => this.hazard(id)));
  }

  private async hazard(hazardId: string): Promise<NamedHazardFacts> {
    const events = await this.store.readStream(streams.hazard(hazardId));
    let state = hazardDecider.initialState();
    let signOffDecisionNo: string | undefined;
    for (const e of events) {
      state = hazardDecider.evolve(state, { type: e.type, data: e.data } as DomainEvent as never);
      if (e.type === 'HazardSignedOff') signOffDecisionNo = (e.data as { decisionNo: string }).decisionNo;
    }
    if (state.status === 'not_discovered') return { hazardId, mineId: null, signedOff: false };
    const signedOff = signOffDecisionNo !== undefined && SIGNED_OFF_STATUSES.has(state.status);
    return { hazardId, mineId: state.mineId, signedOff, ...(signedOff ? { signOffDecisionNo } : {}) };
  }
}
