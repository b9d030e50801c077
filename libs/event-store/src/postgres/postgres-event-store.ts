import { extname, join } from 'node:path';
import { Client, Pool, PoolConfig } from 'pg';
import { HashAlgorithm, LogPosition, NewEvent, RecordedEvent, START, comparePositions } from '@hazard-ledger/domain';
import {
  AppendResult,
  EventBatch,
  EventStore,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  instantText,
} from '../event-store.port';
import { toAppendRequest } from './append';
import { AppendQueue } from './append-queue';
import { readStreamStatement } from './read-stream-sql';
import { PostgresStreamOrderedReader, headBelowHorizon } from './stream-ordered-reader';
import { READ_HORIZON_SQL } from './read-horizon';
import { SettledNow, settledNow } from './settled-now';
import { EVENT_COLUMNS, EventRow, toRecordedEvent } from './rows';
import { WakeupListener, WakeupSender } from './wakeups';

export interface PostgresEventStoreOptions {
  connectionString: string;
  hashAlgorithm?: HashAlgorithm;
  poolSize?: number;
  /** Kills sessions idle inside a transaction, which would otherwise hold the read horizon back. */
  idleInTransactionTimeoutMs?: number;
  pollIntervalMs?: number;
  /** Append transactions open at once; concurrent appends beyond this share transactions (group commit). */
  maxConcurrentAppends?: number;
}

export const postgresPoolConfig = (o: PostgresEventStoreOptions): PoolConfig => ({
  connectionString: o.connectionString,
  max: o.poolSize ?? 20,
  options: `-c idle_in_transaction_session_timeout=${o.idleInTransactionTimeoutMs ?? 10000}`,
  application_name: 'hazard-ledger',
});

const prefixPatterns = (prefixes?: string[]): string[] | null =>
  prefixes && prefixes.length > 0 ? prefixes.map((p) => p.replace(/[\\%_]/g, (c) => `\\${c}`) + '%') : null;

export class PostgresEventStore implements EventStore {
  readonly kind = 'postgres' as const;
  readonly pool: Pool;
  private readonly alg: HashAlgorithm;
  private readonly wakeupSender: WakeupSender;
  private readonly listener: WakeupListener;
  private readonly pollIntervalMs: number;
  private readonly appends: AppendQueue;

  constructor(private readonly options: PostgresEventStoreOptions) {
    this.pool = new Pool(postgresPoolConfig(options));
    this.pool.on('error', () => undefined); // idle-client errors surface on the next query instead
    this.alg = options.hashAlgorithm ?? 'sm3';
    this.pollIntervalMs = options.pollIntervalMs ?? 500;
    this.wakeupSender = new WakeupSender(this.pool);
    this.listener = new WakeupListener(() => new Client(postgresPoolConfig(options)));
    this.appends = new AppendQueue(
      this.pool,
      this.alg,
      { maxConcurrentTransactions: options.maxConcurrentAppends ?? 4, maxBatch: 100 },
      () => this.wakeupSender.hint(),
    );
  }

  async append(streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.appends.submit(toAppendRequest(streamId, events, expected));
  }

  async readStream(streamId: string, o: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const values: unknown[] = [streamId, (o.fromRevision ?? 0n).toString()];
    const toRecordedAt = instantText(o.toRecordedAt);
    const toOccurredAt = instantText(o.toOccurredAt);
    if (toRecordedAt !== null) values.push(toRecordedAt);
    if (toOccurredAt !== null) values.push(toOccurredAt);
    if (o.maxCount !== undefined) values.push(o.maxCount);
    const { rows } = await this.pool.query<EventRow>({
      ...readStreamStatement(toRecordedAt !== null, toOccurredAt !== null, o.maxCount !== undefined),
      values,
    });
    return rows.map(toRecordedEvent);
  }

  /**
   * Reads only below the read horizon (the oldest running transaction that may append; read-horizon.ts), in
   * (tx_id, global_position) order: a transaction still in flight can never commit "behind" a checkpoint. The
   * head below the horizon comes from the same statement, so a filtered read can advance its checkpoint past
   * events it did not want without skipping any it did.
   */
  async readAll({ from, limit, streamPrefixes }: ReadAllOptions): Promise<EventBatch> {
    const { rows } = await this.pool.query<EventRow & { head: string | null }>(
      `WITH h AS MATERIALIZED (SELECT ${READ_HORIZON_SQL} AS xmin)
       SELECT (SELECT x.tx_id::text || '/' || x.global_position FROM events x, h
                WHERE x.tx_id < h.xmin ORDER BY x.tx_id DESC, x.global_position DESC LIMIT 1) AS head, page.*
         FROM h LEFT JOIN LATERAL (
           SELECT ${EVENT_COLUMNS} FROM events e
            WHERE (e.tx_id, e.global_position) > ($1::text::xid8, $2::bigint) AND e.tx_id < h.xmin
              AND ($3::text[] IS NULL OR e.stream_id LIKE ANY($3::text[]))
            ORDER BY e.tx_id, e.global_position LIMIT $4) page ON true`,
      [from.commit < 0n ? '0' : from.commit.toString(), from.prepare.toString(), prefixPatterns(streamPrefixes), limit],
    );
    const events = rows.filter((r) => r.event_id !== null).map(toRecordedEvent);
    const last = events.length > 0 ? events[events.length - 1].logPosition : from;
    const headText = rows[0]?.head;
    const head = headText ? { commit: BigInt(headText.split('/')[0]), prepare: BigInt(headText.split('/')[1]) } : START;
    const exhausted = events.length < limit;
    const checkpoint = exhausted && comparePositions(head, last) > 0 ? head : last;
    return { events, checkpoint };
  }

  async *subscribe(from: LogPosition, o: SubscribeOptions = {}): AsyncIterable<EventBatch> {
    const limit = o.batchSize ?? 500;
    await this.listener.start().catch(() => undefined);
    let position = from;
    while (!o.signal?.aborted) {
      const batch = await this.readAll({ from: position, limit, streamPrefixes: o.streamPrefixes });
      const advanced = comparePositions(batch.checkpoint, position) > 0;
      if (batch.events.length > 0 || advanced) {
        position = batch.checkpoint;
        yield batch;
      }
      if (batch.events.length < limit) await this.listener.wait(this.pollIntervalMs, o.signal);
    }
  }

  headPosition(): Promise<LogPosition> {
    return headBelowHorizon(this.pool);
  }

  /** The database clock and a head that already holds every event stamped at or before it (settled-now.ts). */
  settledNow(waitMs?: number): Promise<SettledNow> {
    return settledNow(this.pool, waitMs);
  }

  /**
   * Committed events after `from`, including any still held back by the read horizon: the honest lag of a
   * projection standing at `from` (an event it cannot read yet is still one it has not applied).
   */
  async countAfter(from: LogPosition, cap = 1_000_000): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM (SELECT 1 FROM events
        WHERE (tx_id, global_position) > ($1::text::xid8, $2::bigint) LIMIT $3) x`,
      [from.commit < 0n ? '0' : from.commit.toString(), from.prepare.toString(), cap],
    );
    return Number(rows[0].n);
  }

  /** Stream-by-stream reads for a partitioned build from zero; `recipe` reopens it in a worker thread. */
  streamOrderedReader(): PostgresStreamOrderedReader {
    const module = join(__dirname, `stream-ordered-reader${extname(__filename)}`);
    const recipe = { module, exportName: 'openStreamOrderedReader', args: [this.options.connectionString] };
    return new PostgresStreamOrderedReader(this.pool, recipe);
  }

  async close(): Promise<void> {
    await this.listener.stop();
    await this.pool.end();
  }
}
