import { RecordedEvent } from '@hazard-ledger/domain';
import { KnowledgeParty, earliestKnowledge, knowledgeFacts } from '../knowledge-timeline/knowledge-facts';
import { Fact, positionKey } from './facts';
import { RawRow } from './lookback-query';

/** A query parameter the question cannot be asked without (answered 400). */
export class LookbackParamMissing extends Error {
  override readonly name = 'LookbackParamMissing';
  constructor(param: string, query: string) {
    super(`${query} 须指定 ${param} / ${query} needs ${param}`);
  }
}

// The knowledge-timeline's classifier reads a recorded event: a fact carries every field it looks at.
const asRecorded = (f: Fact) =>
  ({
    streamId: f.streamId,
    type: f.type,
    data: f.data,
    position: BigInt(f.position),
    recordedAt: f.recordedAt,
    metadata: { actor: { id: f.actorId, name: f.actorName, role: f.actorRole }, occurredAt: f.occurredAt },
  }) as unknown as RecordedEvent;

/** Per hazard, the position of the event that is each party's first knowledge (earliest claimed time). */
export const firstKnowledge = (facts: Fact[]): Map<string, KnowledgeParty[]> => {
  const first = new Map<string, ReturnType<typeof knowledgeFacts>[number]>();
  for (const f of facts)
    for (const k of knowledgeFacts(asRecorded(f))) {
      const key = `${k.hazardId}|${k.party}`;
      first.set(key, earliestKnowledge(first.get(key), k));
    }
  const byPosition = new Map<string, KnowledgeParty[]>();
  for (const k of first.values()) {
    const p = k.position.toString();
    byPosition.set(p, [...(byPosition.get(p) ?? []), k.party]);
  }
  return byPosition;
};

const TEXT = ['HazardDiscovered', 'HazardDescriptionAmended'];

/** What later events (up to the cut) did to an entry: amended, voided, revoked, signature revoked. */
export const marksOf = (f: Fact, history: Fact[]): string[] => {
  const later = history.filter((h) => BigInt(h.position) > BigInt(f.position));
  const marks: string[] = [];
  if (TEXT.includes(f.type) && later.some((h) => h.type === 'HazardDescriptionAmended')) marks.push('amended_later');
  if (f.category === 'document' && later.some((h) => h.type === 'DocumentAmended')) marks.push('amended_later');
  if (later.some((h) => h.type === 'HazardVoided')) marks.push('voided_later');
  if (later.some((h) => h.type === 'DocumentRevoked')) marks.push('revoked_later');
  if (later.some((h) => h.type === 'SignatureRevoked')) marks.push('signature_revoked_later');
  if (f.data.voided === true || (typeof f.data.voidedBy === 'string' && f.category === 'inspection'))
    marks.push('voided_entry');
  return marks;
};

/** One timeline row per fact: what happened, who, both clocks, later marks, and whose first knowledge it is. */
export const timelineRows = (facts: Fact[], histories: Map<string, Fact[]>, known: Map<string, KnowledgeParty[]>) =>
  facts.map(
    (f): RawRow => ({
      key: positionKey(f.position),
      mineId: f.mineId,
      category: f.category,
      entityId: f.entityId,
      type: f.type,
      by: { id: f.actorId, name: f.actorName, role: f.actorRole },
      occurredAt: f.occurredAt,
      recordedAt: f.recordedAt,
      marks: marksOf(f, histories.get(f.streamId) ?? []),
      firstKnowledgeOf: known.get(f.position) ?? [],
      positions: [f.position],
    }),
  );

export const TIMELINE_COLUMNS = [
  { field: 'recordedAt', header: '记录时间 recordedAt' },
  { field: 'occurredAt', header: '发生时间 occurredAt' },
  { field: 'category', header: '记录类别 category' },
  { field: 'entityId', header: '记录 record' },
  { field: 'type', header: '事件 event' },
  { field: 'by', header: '操作人 by' },
  { field: 'marks', header: '后续标记 marks' },
  { field: 'firstKnowledgeOf', header: '首次知情 first knowledge of' },
];
