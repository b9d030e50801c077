import { LogPosition, RecordedEvent, START } from '@hazard-ledger/domain';
import { Pool } from 'pg';
import { isoOfUtcTimestamp, recordedAtSql } from './recorded-at';
import { READ_HORIZON_SQL, exemptFromReadHorizon } from './read-horizon';

/** An event without id, schema version, integrity, signature and all metadata but occurredAt: what a rebuild folds. */
export type LeanRecordedEvent = Pick<
  RecordedEvent,
  'streamId' | 'revision' | 'position' | 'logPosition' | 'type' | 'data' | 'recordedAt'
> & { metadata: { occurredAt: string } };

interface LeanRow {
  stream_id: string;
  stream_position: string;
  global_position: string;
  tx_id: string;
  type: string;
  data: RecordedEvent['data'];
  occurred_at: string;
  recorded_at: string;
}

// Only what the fold reads: no hashes, signature or actor to render, send and parse for every event of the log.
const LEAN_COLUMNS = `e.stream_id, e.stream_position::text AS stream_position, e.global_position::text AS global_position,
  e.tx_id::text AS tx_id, e.type, e.data, e.metadata->>'occurredAt' AS occurred_at,
  ${recordedAtSql('e.recorded_at')} AS recorded_at`;

const toLeanEvent = (row: LeanRow): LeanRecordedEvent => {
  const position = BigInt(row.global_position); // parsed once: a rebuild converts millions
  return {
    streamId: row.stream_id,
    revision: BigInt(row.stream_position),
    position,
    logPosition: { commit: BigInt(row.tx_id), prepare: position },
    type: row.type,
    data: row.data,
    metadata: { occurredAt: row.occurred_at },
    recordedAt: isoOfUtcTimestamp(row.recorded_at),
  };
};

export interface StreamOrderedQuery {
  /** Stream id prefix, e.g. `hazard-`. */
  prefix: string;
  /** Stream ids from `from` (inclusive) to `to` (exclusive); either end open when absent. */
  range: { from?: string; to?: string };
  /** Continue after this event (keyset). */
  after?: { streamId: string; revision: bigint };
  /** Only events at or before this log position (a cut below the read horizon: nothing can appear under it). */
  upTo: LogPosition;
  limit: number;
}

/**
 * The last event below the read horizon: every event at or before it has committed, no other can join them.
 * ORDER BY names the table's columns: bare names would mean the text output columns of the same names (SQL's
 * rule), sorting "983" above "3182" — a wrong head and a scan of the whole log instead of one index step.
 */
export const HEAD_BELOW_HORIZON_SQL = `SELECT e.tx_id::text AS tx_id, e.global_position::text AS global_position
  FROM events e WHERE e.tx_id < ${READ_HORIZON_SQL}
  ORDER BY e.tx_id DESC, e.global_position DESC LIMIT 1`;

export const headBelowHorizon = async (pool: Pick<Pool, 'query'>): Promise<LogPosition> => {
  const { rows } = await pool.query<{ tx_id: string; global_position: string }>(HEAD_BELOW_HORIZON_SQL);
  return rows[0] ? { commit: BigInt(rows[0].tx_id), prepare: BigInt(rows[0].global_position) } : START;
};

const likePrefix = (prefix: string): string => prefix.replace(/[\\%_]/g, (c) => `\\${c}`) + '%';

// Keyset over the primary key (stream_id, stream_position): no sort, no offset; the cut is a plain row comparison.
const readSql = (bounded: boolean) => ({
  name: `hl_read_lean_streams_${bounded ? 'bounded' : 'open'}`,
  text: `SELECT ${LEAN_COLUMNS} FROM events e
          WHERE e.stream_id LIKE $1 AND (e.stream_id, e.stream_position) > ($2::text, $3::bigint)
            AND (e.tx_id, e.global_position) <= ($4::text::xid8, $5::bigint)
            ${bounded ? 'AND e.stream_id < $7::text' : ''}
          ORDER BY e.stream_id, e.stream_position LIMIT $6`,
});

/**
 * Reads the log stream by stream (each stream whole and in revision order, streams in id order) up to a cut — what
 * a build from zero needs when it folds every entity on its own and in parallel partitions, rather than the log
 * in commit order. Opened from the event store, or in a worker thread through `recipe`.
 */
export class PostgresStreamOrderedReader {
  constructor(
    private readonly pool: Pool,
    readonly recipe: { module: string; exportName: string; args: unknown[] },
    private readonly owned = false,
  ) {}

  /** The head below the read horizon: every event at or before it has committed, and no other can join them. */
  cut(): Promise<LogPosition> {
    return headBelowHorizon(this.pool);
  }

  /** Up to parts − 1 stream ids that split the prefix's streams into parts of about the same number of streams. */
  async splitPoints(prefix: string, parts: number): Promise<string[]> {
    if (parts <= 1) return [];
    const { rows } = await this.pool.query<{ first: string }>(
      `SELECT min(stream_id) AS first FROM (
         SELECT stream_id, ntile($2) OVER (ORDER BY stream_id) AS part FROM streams WHERE stream_id LIKE $1) x
        GROUP BY part ORDER BY part OFFSET 1`,
      [likePrefix(prefix), parts],
    );
    return rows.map((r) => r.first);
  }

  async readStreams(q: StreamOrderedQuery): Promise<LeanRecordedEvent[]> {
    // From `from` inclusive: the keyset "after (from, -1)", since revisions start at 0.
    const start = q.after ?? { streamId: q.range.from ?? '', revision: -1n };
    const values: unknown[] = [
      likePrefix(q.prefix),
      start.streamId,
      start.revision.toString(),
      q.upTo.commit < 0n ? '0' : q.upTo.commit.toString(),
      q.upTo.prepare.toString(),
      q.limit,
    ];
    if (q.range.to !== undefined) values.push(q.range.to);
    const { rows } = await this.pool.query<LeanRow>({ ...readSql(q.range.to !== undefined), values });
    return rows.map(toLeanEvent);
  }

  /** Lets readers pass transaction `xid` at the read horizon: it never appends events (see read-horizon.ts). */
  exemptFromHorizon(xid: string, reason: string): Promise<() => Promise<void>> {
    return exemptFromReadHorizon(this.pool, xid, reason);
  }

  async close(): Promise<void> {
    if (this.owned) await this.pool.end();
  }
}

/** The worker-thread entry of the recipe: a reader with its own small pool on the same database. */
export const openStreamOrderedReader = (connectionString: string): PostgresStreamOrderedReader =>
  new PostgresStreamOrderedReader(
    new Pool({ connectionString, max: 2, application_name: 'hazard-ledger-rebuild' }),
    { module: __filename, exportName: 'openStreamOrderedReader', args: [connectionString] },
    true,
  );
