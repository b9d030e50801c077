import { DomainEvent, Hazard, HazardEvent, RecordedEvent, hazardDecider, streams } from '@hazard-ledger/domain';
import { EntityManager } from 'typeorm';
import { EventFeed, ProjectionDefinition, TableNamer, compareInstants } from '@hazard-ledger/projection-engine';
import { snapshotEvery } from './snapshot-interval';

export const HAZARD_SNAPSHOTS = 'hazard_snapshots';

/** The same fold as every hazard read (HazardDirectory): the decider's evolve from its initial state. */
export const evolveHazard = (state: Hazard, event: RecordedEvent): Hazard =>
  hazardDecider.evolve(state, { type: event.type, data: event.data } as DomainEvent as HazardEvent);

export interface HazardSnapshotRow {
  streamId: string;
  revision: string;
  hash: string;
  maxRecordedAt: string;
  maxOccurredAt: string;
  state: Hazard;
}

const later = (a: string | undefined, b: string): string => (a === undefined || compareInstants(b, a) > 0 ? b : a);

/**
 * Would the value come back from JSON as it is? Plain objects, arrays, strings, finite numbers, booleans, null; an
 * undefined property comes back absent, which the fold treats alike (it tests `in` only for `major`/`general`,
 * never undefined). A Date, bigint, Map or class instance would not: such a state is never snapshotted.
 */
export const jsonFaithful = (value: unknown): boolean => {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((v) => v !== undefined && jsonFaithful(v));
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every((v) => v === undefined || jsonFaithful(v));
};

/** The snapshots at the revisions among `targets`, folded from the stream's start (JSON-faithful states only). */
export const snapshotsOf = (events: readonly RecordedEvent[], targets: Set<bigint>): HazardSnapshotRow[] => {
  const rows: HazardSnapshotRow[] = [];
  let state = hazardDecider.initialState();
  let maxRecordedAt: string | undefined;
  let maxOccurredAt: string | undefined;
  for (const event of events) {
    state = evolveHazard(state, event);
    maxRecordedAt = later(maxRecordedAt, event.recordedAt);
    maxOccurredAt = later(maxOccurredAt, event.metadata.occurredAt);
    if (!targets.has(event.revision)) continue;
    if (!jsonFaithful(state)) continue;
    rows.push({
      streamId: event.streamId,
      revision: event.revision.toString(),
      hash: event.integrity.hash,
      maxRecordedAt,
      maxOccurredAt,
      state,
    });
  }
  return rows;
};

/**
 * Hazard snapshots: when a batch brings a hazard stream to a multiple of the interval, the stream is read up to
 * there and folded; rows are keyed by (stream, revision), so a batch delivered twice writes nothing new.
 */
export const hazardSnapshots: ProjectionDefinition = {
  name: 'hazard-snapshots',
  tables: [HAZARD_SNAPSHOTS],
  streamPrefixes: [streams.prefix('hazard')],
  create: (t: TableNamer, feed?: Pick<EventFeed, 'readStream'>) => ({
    name: 'hazard-snapshots',
    streamPrefixes: [streams.prefix('hazard')],
    apply: async (events, tx) => {
      if (!feed) throw new Error('hazard-snapshots: needs the event feed to fold a stream');
      await apply(events, tx, t(HAZARD_SNAPSHOTS), feed, snapshotEvery());
    },
  }),
};

async function apply(
  events: readonly RecordedEvent[],
  tx: EntityManager,
  table: string,
  feed: Pick<EventFeed, 'readStream'>,
  every: number,
): Promise<void> {
  const targets = new Map<string, Set<bigint>>();
  for (const e of events)
    if (streams.is('hazard', e.streamId) && (e.revision + 1n) % BigInt(every) === 0n)
      (targets.get(e.streamId) ?? targets.set(e.streamId, new Set()).get(e.streamId)!).add(e.revision);
  const rows: HazardSnapshotRow[] = [];
  for (const [streamId, revisions] of targets) {
    const last = [...revisions].reduce((a, b) => (b > a ? b : a));
    const stream = (await feed.readStream(streamId)).filter((e) => e.revision <= last);
    rows.push(...snapshotsOf(stream, revisions));
  }
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO ${table} (stream_id, revision, hash, max_recorded_at, max_occurred_at, state)
     SELECT r."streamId", r.revision, r.hash, r."maxRecordedAt", r."maxOccurredAt", r.state
       FROM jsonb_to_recordset($1::jsonb) AS r("streamId" text, revision bigint, hash text,
            "maxRecordedAt" timestamptz, "maxOccurredAt" timestamptz, state jsonb)
     ON CONFLICT (stream_id, revision) DO NOTHING`,
    [JSON.stringify(rows)],
  );
}
