import { RecordedEvent, streams } from '@hazard-ledger/domain';

export interface CatalogueRow {
  streamId: string;
  category: string;
  lastRevision: bigint;
  eventCount: bigint;
  lastEventType: string;
  lastPosition: bigint;
  firstRecordedAt: string;
  lastRecordedAt: string;
}

/**
 * The platform's own categories first (`enforcement-plan-7` is an enforcement plan, not an "enforcement"); any other
 * stream: up to its first dash (KurrentDB's $by_category rule).
 */
export const categoryOf = (streamId: string): string => streams.parse(streamId)?.category ?? streamId.split('-', 1)[0];

/** Pure row fold: an event at or below the row's revision was applied already and changes nothing. */
export const evolveCatalogueRow = (row: CatalogueRow | undefined, event: RecordedEvent): CatalogueRow => {
  if (row && event.revision <= row.lastRevision) return row;
  return {
    streamId: event.streamId,
    category: categoryOf(event.streamId),
    lastRevision: event.revision,
    eventCount: (row?.eventCount ?? 0n) + 1n,
    lastEventType: event.type,
    lastPosition: event.position,
    firstRecordedAt: row?.firstRecordedAt ?? event.recordedAt,
    lastRecordedAt: event.recordedAt,
  };
};
