import { Inject, Injectable } from '@nestjs/common';
import { CitedDocument, DomainEvent, NamedHazardFacts, hazardDecider, streams } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { ENFORCEMENT_DOCUMENTS, EnforcementDocuments } from '../../shared/enforcement-documents.port';

type HazardEventLike = Pick<DomainEvent, 'type' | 'data'>;
interface SignOff {
  decisionNo: string;
  signerId: string | undefined;
}

const isSignOffRevocation = (e: HazardEventLike, signOff: SignOff): boolean => {
  const ref = (e.data as { signatureRef?: { eventType?: string; signerId?: string } }).signatureRef;
  return e.type === 'SignatureRevoked' && ref?.eventType === 'HazardSignedOff' && ref.signerId === signOff.signerId;
};

/**
 * A hazard's facts for an order, folded from its events. Its 销号 counts only while it stands: the last
 * HazardSignedOff, not followed by a revocation of its signature, with the hazard signed off ever since or closed
 * directly from signed off. So a revoked sign-off, then escalation and a closure on another ground ("merged"),
 * is not a sign-off.
 */
export const namedHazardFacts = (hazardId: string, events: readonly HazardEventLike[]): NamedHazardFacts => {
  let state = hazardDecider.initialState();
  let standing: SignOff | undefined;
  for (const e of events) {
    const before = state.status;
    state = hazardDecider.evolve(state, { type: e.type, data: e.data } as DomainEvent as never);
    const after = state.status;
    const kept = after === 'signed_off' || (after === 'closed' && (before === 'signed_off' || before === 'closed'));
    if (e.type === 'HazardSignedOff' && after === 'signed_off') {
      const data = e.data as { decisionNo: string; signature?: { signerId?: string } };
      standing = { decisionNo: data.decisionNo, signerId: data.signature?.signerId };
    } else if (!kept || (standing && isSignOffRevocation(e, standing))) standing = undefined;
  }
  if (state.status === 'not_discovered') return { hazardId, mineId: null, signedOff: false };
  if (!standing) return { hazardId, mineId: state.mineId, signedOff: false };
  return { hazardId, mineId: state.mineId, signedOff: true, signOffDecisionNo: standing.decisionNo };
};

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
    return namedHazardFacts(hazardId, await this.store.readStream(streams.hazard(hazardId)));
  }
}
