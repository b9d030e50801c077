import { LogPosition, RecordedEvent } from '@hazard-ledger/domain';
import { DataSource, EntityManager } from 'typeorm';

/** A read model's writer: applies one batch inside the runner's transaction (rows + checkpoint commit together). */
export interface Projection {
  /** Also the checkpoint key. */
  readonly name: string;
  readonly streamPrefixes?: string[];
  apply(events: readonly RecordedEvent[], tx: EntityManager): Promise<void>;
}

/** Maps a live table name to the one a projection instance writes (identity live, `<name>__shadow` in a rebuild). */
export type TableNamer = (live: string) => string;

export const liveTables: TableNamer = (live) => live;
export const shadowTables: TableNamer = (live) => `${live}__shadow`;

/**
 * A read model: its name (also the checkpoint key), the tables it owns (live names) and a projection writing into
 * any copy of them, so `projections rebuild` can fill shadow tables from zero and swap them in.
 */
export interface ProjectionDefinition {
  readonly name: string;
  readonly tables: readonly string[];
  readonly streamPrefixes?: string[];
  /** `feed` lets a projection read a stream (valid-time rewrites after a backdated event). */
  create(table: TableNamer, feed?: Pick<EventFeed, 'readStream'>): Projection;
  /**
   * Optional fast path for a build from zero into empty tables (a rebuild's fill): must leave exactly the rows
   * the incremental projection would, so the latter continues from the returned checkpoint.
   */
  bulkFill?(ctx: BulkFillContext): Promise<BulkFillResult>;
}

export interface BulkFillResult {
  checkpoint: LogPosition;
  applied: number;
  /** How the rows were built, for the operator (e.g. "partitioned over 2 worker threads"). */
  method: string;
}

export interface BulkFillContext {
  dataSource: DataSource;
  feed: Pick<EventFeed, 'readAll' | 'readStream' | 'streamOrderedReader'>;
  table: TableNamer;
  batchSize: number;
  /** Events applied since the last call; the checkpoint when the fill knows one (a partitioned fill does not). */
  onBatch?: (applied: number, checkpoint?: LogPosition) => Promise<void> | void;
  signal?: AbortSignal;
}

export interface EventBatchLike {
  events: RecordedEvent[];
  checkpoint: LogPosition;
}

/** Part of a stream: from a revision on, and cut on either time axis (ISO instants, inclusive). */
export interface StreamReadOptions {
  fromRevision?: bigint;
  toRecordedAt?: string;
  toOccurredAt?: string;
}

/** What the runner needs from the event store (structurally satisfied by every EventStore adapter). */
export interface EventFeed {
  subscribe(
    from: LogPosition,
    options?: { batchSize?: number; streamPrefixes?: string[]; signal?: AbortSignal },
  ): AsyncIterable<EventBatchLike>;
  headPosition(): Promise<LogPosition>;
  /** Optional: the store's clock once every append stamped before it has ended, and a head holding them all. */
  settledNow?(waitMs?: number): Promise<{ at: string; head: LogPosition }>;
  countAfter(from: LogPosition, cap?: number): Promise<number>;
  /** The log after a position (lag in time, rebuild), never past a commit that could still appear before it. */
  readAll(options: { from: LogPosition; limit: number; streamPrefixes?: string[] }): Promise<EventBatchLike>;
  /** One stream in revision order (a projection re-deriving an entity's valid-time history, an as-of fold). */
  readStream(streamId: string, options?: StreamReadOptions): Promise<RecordedEvent[]>;
  /** Optional: stream-by-stream reads for a build from zero in parallel partitions (PostgreSQL adapter). */
  streamOrderedReader?(): StreamOrderedReader;
}

/**
 * What a build from zero folds: the envelope without id, schema version, integrity, signature and all metadata but
 * `occurredAt` — a rebuild reads and parses no more than that. Every RecordedEvent is one.
 */
export type LeanEvent = Pick<
  RecordedEvent,
  'streamId' | 'revision' | 'position' | 'logPosition' | 'type' | 'data' | 'recordedAt'
> & { metadata: Pick<RecordedEvent['metadata'], 'occurredAt'> };

/**
 * Streams read whole, in revision order, streams in id order, up to a cut — so a build from zero can fold each
 * entity on its own, partitioned by stream id over worker threads.
 */
export interface StreamOrderedReader {
  /** Where the log stands below its read horizon: nothing can appear at or before it any more. */
  cut(): Promise<LogPosition>;
  /** Up to parts − 1 stream ids splitting the prefix's streams into parts of similar size. */
  splitPoints(prefix: string, parts: number): Promise<string[]>;
  readStreams(query: {
    prefix: string;
    range: StreamIdRange;
    after?: { streamId: string; revision: bigint };
    upTo: LogPosition;
    limit: number;
  }): Promise<LeanEvent[]>;
  /**
   * Lets the log's readers pass transaction `xid` (one of this build's own, which never appends events) at the
   * read horizon, so the live projections go on while a long COPY is open. Returns the release.
   */
  exemptFromHorizon?(xid: string, reason: string): Promise<() => Promise<void>>;
  /** How a worker thread opens the same reader: `require(module)[exportName](...args)`. */
  readonly recipe?: { module: string; exportName: string; args: unknown[] };
  close(): Promise<void>;
}

/** Stream ids from `from` (inclusive) to `to` (exclusive), either end open when absent. */
export interface StreamIdRange {
  from?: string;
  to?: string;
}
