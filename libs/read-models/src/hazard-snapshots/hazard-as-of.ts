import { Hazard, LogPosition, RecordedEvent, hazardDecider } from '@hazard-ledger/domain';
import { EventFeed } from '@hazard-ledger/projection-engine';
import { HAZARD_SNAPSHOTS, evolveHazard } from './hazard-snapshots.projection';

/** Either time axis, or both (ISO instants, inclusive); none: the hazard as it stands. */
export interface HazardCut {
  toRecordedAt?: string;
  toOccurredAt?: string;
}

export interface HazardFold {
  hazard: Hazard;
  /** Revision and log position of the last event folded (absent: no event inside the cut). */
  revision?: bigint;
  logPosition?: LogPosition;
  /** The snapshot the fold started from, if one was inside the cut and matched the log. */
  fromSnapshot?: bigint;
}

/** What the fold reads: the snapshot table through a pg pool (prepared statements) and the stream from the store. */
export interface HazardSources {
  snapshots: { query<T>(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: T[] }> };
  feed: Pick<EventFeed, 'readStream'>;
}

const statement = (recorded: boolean, occurred: boolean) => ({
  name: `hl_hazard_snapshot_${recorded ? 'r' : ''}${occurred ? 'o' : ''}`,
  text:
    `SELECT s.revision::text AS revision, s.hash, s.state FROM ${HAZARD_SNAPSHOTS} s WHERE s.stream_id = $1` +
    (recorded ? ` AND s.max_recorded_at <= $2::timestamptz` : '') +
    (occurred ? ` AND s.max_occurred_at <= $${recorded ? 3 : 2}::timestamptz` : '') +
    // s.revision: the bigint, not the text column of the same name in the select list.
    ` ORDER BY s.revision DESC LIMIT 1`,
});

const fromStart = (events: readonly RecordedEvent[]): HazardFold => ({
  hazard: events.reduce(evolveHazard, hazardDecider.initialState()),
  revision: events.at(-1)?.revision,
  logPosition: events.at(-1)?.logPosition,
});

/**
 * A hazard folded from its stream, now or as of a cut on either axis, starting from the newest snapshot whose
 * events all lie inside the cut: a snapshot's events are a prefix of the stream, so the fold of the cut stream is
 * the snapshot's state folded on with the later events inside the cut. The snapshot's last event is read again
 * and must carry the hash the snapshot names; otherwise the snapshot is ignored and the whole stream folded.
 */
export async function foldHazardStream(
  sources: HazardSources,
  streamId: string,
  cut: HazardCut = {},
): Promise<HazardFold> {
  const values: unknown[] = [streamId];
  if (cut.toRecordedAt !== undefined) values.push(cut.toRecordedAt);
  if (cut.toOccurredAt !== undefined) values.push(cut.toOccurredAt);
  const { rows } = await sources.snapshots.query<{ revision: string; hash: string; state: Hazard }>({
    ...statement(cut.toRecordedAt !== undefined, cut.toOccurredAt !== undefined),
    values,
  });
  const snapshot = rows[0];
  if (!snapshot) return fromStart(await sources.feed.readStream(streamId, cut));
  const revision = BigInt(snapshot.revision);
  const events = await sources.feed.readStream(streamId, { ...cut, fromRevision: revision });
  if (events[0]?.revision !== revision || events[0].integrity.hash !== snapshot.hash)
    return fromStart(await sources.feed.readStream(streamId, cut));
  const last = events[events.length - 1];
  return {
    hazard: events.slice(1).reduce(evolveHazard, snapshot.state),
    revision: last.revision,
    logPosition: last.logPosition,
    fromSnapshot: revision,
  };
}
