import { Inject, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { DecisionDocumentRef, PenaltyHazardRef, streams } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { ENFORCEMENT_DOCUMENTS, EnforcementDocuments } from '../../shared/enforcement-documents.port';

/**
 * What a penalty cites, read from the write side for the (pure) decider: the 行政处罚决定书 through the
 * ENFORCEMENT_DOCUMENTS port, and each hazard's mine from the first event of its stream (null: no such hazard).
 */
@Injectable()
export class PenaltyCitations {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ENFORCEMENT_DOCUMENTS) private readonly documents: EnforcementDocuments,
  ) {}

  async document(documentId: string): Promise<DecisionDocumentRef> {
    const facts = await this.documents.factsOf(documentId);
    if (!facts)
      throw new UnprocessableEntityException(`文书 ${documentId} 不存在 / Document ${documentId} does not exist`);
    const { kind, docNo, mineId, inForce } = facts;
    return { documentId, kind, docNo, mineId, inForce };
  }

  async hazards(hazardIds: readonly string[]): Promise<PenaltyHazardRef[]> {
    return Promise.all(
      [...new Set(hazardIds)].map(async (hazardId) => {
        const [first] = await this.store.readStream(streams.hazard(hazardId), { maxCount: 1 });
        const mineId = (first?.data as { mineId?: unknown } | undefined)?.mineId;
        return { hazardId, mineId: typeof mineId === 'string' ? mineId : null };
      }),
    );
  }
}
