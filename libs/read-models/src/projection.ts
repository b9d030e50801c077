import { LogPosition, RecordedEvent } from '@hazard-ledger/domain';
import { EntityManager } from 'typeorm';

/** A read model's writer: applies one batch inside the runner's transaction (rows + checkpoint commit together). */
export interface Projection {
  /** Also the checkpoint key. */
  readonly name: string;
  readonly streamPrefixes?: string[];
  apply(events: readonly RecordedEvent[], tx: EntityManager): Promise<void>;
}

export interface EventBatchLike {
  events: RecordedEvent[];
  checkpoint: LogPosition;
}

/** What the runner needs from the event store (structurally satisfied by every EventStore adapter). */
export interface EventFeed {
  subscribe(
    from: LogPosition,
    options?: { batchSize?: number; streamPrefixes?: string[]; signal?: AbortSignal },
  ): AsyncIterable<EventBatchLike>;
  headPosition(): Promise<LogPosition>;
  countAfter(from: LogPosition, cap?: number): Promise<number>;
}
