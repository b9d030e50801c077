import { RecordedEvent } from '@hazard-ledger/domain';
import { KnowledgeParty, earliestKnowledge, knowledgeFacts } from '../knowledge-timeline/knowledge-facts';
import { Fact, positionKey, appendTo } from './facts';
import { Db, LookbackCut, RawRow } from './lookback-query';

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
    appendTo(byPosition, p, k.party);
  }
  return byPosition;
};

const TEXT = ['HazardDiscovered', 'HazardDescriptionAmended'];
/** The events that mark an earlier entry of their stream. */
const MARK_TYPES = [
  'HazardDescriptionAmended',
  'DocumentAmended',
  'HazardVoided',
  'DocumentRevoked',
  'SignatureRevoked',
];
/** The payload fields a timeline reads: marks (voided, voidedBy) and first knowledge (source, recipient). */
export const TIMELINE_DATA_FIELDS = ['voided', 'voidedBy', 'source', 'recipient'];

/** Per stream, the highest position of each marking event type up to the cut. */
export type LatestMarks = Map<string, Map<string, bigint>>;

const noteMark = (latest: LatestMarks, streamId: string, type: string, position: bigint): void => {
  const byType = latest.get(streamId) ?? new Map<string, bigint>();
  if ((byType.get(type) ?? -1n) < position) byType.set(type, position);
  latest.set(streamId, byType);
};

/** The marking events among facts already read (a stream's whole history up to the cut). */
export const latestMarksIn = (facts: Fact[]): LatestMarks => {
  const latest: LatestMarks = new Map();
  for (const f of facts) if (MARK_TYPES.includes(f.type)) noteMark(latest, f.streamId, f.type, BigInt(f.position));
  return latest;
};

/** The marking events of the given streams up to the cut, from the log (one aggregate, not their histories). */
export const latestMarksOf = async (db: Db, cut: LookbackCut, streamIds: string[]): Promise<LatestMarks> => {
  const latest: LatestMarks = new Map();
  if (streamIds.length === 0) return latest;
  const rows: { streamId: string; type: string; position: string }[] = await db.query(
    `SELECT stream_id AS "streamId", event_type AS type, max(position)::text AS position FROM lookback_facts
      WHERE stream_id = ANY($1) AND event_type = ANY($2) AND recorded_at <= $3::timestamptz
      GROUP BY stream_id, event_type`,
    [streamIds, MARK_TYPES, cut.asOf],
  );
  for (const r of rows) noteMark(latest, r.streamId, r.type, BigInt(r.position));
  return latest;
};

/** What later events (up to the cut) did to an entry: amended, voided, revoked, signature revoked. */
export const marksOf = (f: Fact, latest: Map<string, bigint> | undefined): string[] => {
  const position = BigInt(f.position);
  const later = (type: string) => (latest?.get(type) ?? -1n) > position;
  const marks: string[] = [];
  if (TEXT.includes(f.type) && later('HazardDescriptionAmended')) marks.push('amended_later');
  if (f.category === 'document' && later('DocumentAmended')) marks.push('amended_later');
  if (later('HazardVoided')) marks.push('voided_later');
  if (later('DocumentRevoked')) marks.push('revoked_later');
  if (later('SignatureRevoked')) marks.push('signature_revoked_later');
  if (f.data.voided === true || (typeof f.data.voidedBy === 'string' && f.category === 'inspection'))
    marks.push('voided_entry');
  return marks;
};

/** One timeline row per fact: what happened, who, both clocks, later marks, and whose first knowledge it is. */
export const timelineRows = (facts: Fact[], latest: LatestMarks, known: Map<string, KnowledgeParty[]>) =>
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
      marks: marksOf(f, latest.get(f.streamId)),
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
