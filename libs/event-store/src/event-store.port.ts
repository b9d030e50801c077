import { LogPosition, NewEvent, RecordedEvent } from '@hazard-ledger/domain';

/** 'no_stream': must not exist; 'exists': must exist; 'any': no check; bigint: the stream's last revision. */
export type ExpectedRevision = 'no_stream' | 'any' | 'exists' | bigint;

export interface AppendResult {
  streamId: string;
  /** Revision of the last event written (the stream's new revision). */
  nextExpectedRevision: bigint;
  /** Global position of the last event written. */
  position: bigint;
  logPosition: LogPosition;
}

export interface ReadStreamOptions {
  fromRevision?: bigint;
  /** System-time cut: only events recorded at or before this instant (what the platform knew then). */
  toRecordedAt?: Date | string;
  /** Valid-time cut: only events that occurred at or before this instant (as recorded so far). */
  toOccurredAt?: Date | string;
  maxCount?: number;
}

/** ISO text keeps the store's microseconds, which a Date would truncate. */
export const instantText = (t: Date | string | undefined): string | null =>
  t === undefined ? null : typeof t === 'string' ? t : t.toISOString();

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. */
  from: LogPosition;
  limit: number;
  /** Stream-id prefixes to include (e.g. "hazard-"); all streams when absent. */
  streamPrefixes?: string[];
}

export interface EventBatch {
  events: RecordedEvent[];
  /** Position to resume from after this batch (the last event's position, or a filtered-out one). */
  checkpoint: LogPosition;
}

export interface SubscribeOptions {
  batchSize?: number;
  streamPrefixes?: string[];
  signal?: AbortSignal;
}

/** The event store port: every adapter passes the same contract suite (event-store.contract.ts). */
export interface EventStore {
  readonly kind: 'postgres' | 'kurrentdb';
  append(streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** The global log after `from`, in delivery order, never past the point where an earlier commit could still appear. */
  readAll(options: ReadAllOptions): Promise<EventBatch>;
  /** Catch up from a checkpoint, then follow live; ends when `signal` aborts. */
  subscribe(from: LogPosition, options?: SubscribeOptions): AsyncIterable<EventBatch>;
  /** Position of the last event that is safe to read (no earlier commit can still appear). */
  headPosition(): Promise<LogPosition>;
  /** How many committed events lie after `from` (a projection's lag), counting at most `cap`. */
  countAfter(from: LogPosition, cap?: number): Promise<number>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
