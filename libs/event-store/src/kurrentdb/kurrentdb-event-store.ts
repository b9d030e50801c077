import {
  AppendExpectedRevision,
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  NO_STREAM,
  START as ESDB_START,
  StreamNotFoundError,
  StreamingRead,
  WrongExpectedVersionError,
  excludeSystemEvents,
  streamNameFilter,
} from '@eventstore/db-client';
import { HashAlgorithm, LogPosition, NewEvent, RecordedEvent, START } from '@hazard-ledger/domain';
import { InvalidEventPayload } from '../errors';
import {
  AppendResult,
  EventBatch,
  EventStore,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
} from '../event-store.port';
import { GENESIS_HASH, chainHash } from '../integrity/hash-chain';
import { canonicalJson, toPlainJson } from '../integrity/canonical-json';
import { validateAppend } from '../validate-append';
import {
  EsdbResolved,
  atOrBefore,
  StreamHead,
  checkExpected,
  replayResult,
  isAfter,
  isSystemEvent,
  matchesPrefixes,
  positionOf,
  toEsdbEvent,
  toEsdbExpected,
  toReadPosition,
  toRecordedEvent,
  toWrongExpected,
} from './kurrentdb-mapping';

export interface KurrentDbEventStoreOptions {
  connectionString: string;
  hashAlgorithm?: HashAlgorithm;
}

/** Appends that did not pin a revision retry this often when another writer moves the stream under them. */
const MAX_ATTEMPTS = 5;

interface StreamScan {
  head?: StreamHead;
  found: RecordedEvent[];
}

/** Visits a read until `visit` returns false or throws, then cancels the server call; a missing stream reads as empty. */
const drain = async <E>(read: StreamingRead<E>, visit: (item: E) => boolean): Promise<void> => {
  let complete = false;
  try {
    for await (const item of read as AsyncIterable<E>) if (!visit(item)) return;
    complete = true;
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
    complete = true;
  } finally {
    if (!complete) await read.cancel().catch(() => undefined);
  }
};

/** KurrentDB (EventStoreDB 20+) adapter: streams map 1:1, chain link and envelope extras live in event metadata. */
export class KurrentDbEventStore implements EventStore {
  readonly kind = 'kurrentdb' as const;
  private readonly client: EventStoreDBClient;
  private readonly alg: HashAlgorithm;

  constructor(options: KurrentDbEventStoreOptions) {
    this.client = EventStoreDBClient.connectionString(options.connectionString);
    this.alg = options.hashAlgorithm ?? 'sm3';
  }

  async append(streamId: string, input: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const valid = validateAppend(streamId, input);
    if (streamId.startsWith('$'))
      throw new InvalidEventPayload('stream ids starting with "$" are reserved by KurrentDB');
    const events = valid.map((e) => toPlainJson(e));
    events.forEach((e) => canonicalJson(e));
    const pinned = expected === 'no_stream' || typeof expected === 'bigint';
    for (let attempt = 1; ; attempt += 1) {
      const scan = await this.scanStream(streamId, events);
      if (scan.found.length > 0) return replayResult(streamId, events, scan.found);
      checkExpected(streamId, expected, scan.head);
      // Always append against the revision the chain was built on, so a concurrent writer cannot fork it.
      const esdbExpected = pinned ? toEsdbExpected(expected) : (scan.head?.revision ?? NO_STREAM);
      try {
        return await this.write(streamId, events, scan.head, esdbExpected);
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        if (pinned || attempt >= MAX_ATTEMPTS) throw toWrongExpected(streamId, expected, error);
      }
    }
  }

  async readStream(streamId: string, o: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    if (o.maxCount !== undefined && o.maxCount <= 0) return [];
    const cut = o.toRecordedAt !== undefined || o.toOccurredAt !== undefined;
    const read = this.client.readStream(streamId, {
      fromRevision: o.fromRevision ?? ESDB_START,
      direction: FORWARDS,
      ...(o.maxCount !== undefined && !cut ? { maxCount: o.maxCount } : {}),
    });
    const events: RecordedEvent[] = [];
    await drain(read, (resolved) => {
      const e = toRecordedEvent(resolved);
      const keep =
        e !== undefined &&
        (o.toRecordedAt === undefined || atOrBefore(e.recordedAt, o.toRecordedAt)) &&
        (o.toOccurredAt === undefined || atOrBefore(e.metadata.occurredAt, o.toOccurredAt));
      if (keep) events.push(e);
      return o.maxCount === undefined || events.length < o.maxCount;
    });
    return events;
  }

  /** KurrentDB's fromPosition is inclusive and ours exclusive: the event at `from` is skipped. */
  async readAll({ from, limit, streamPrefixes }: ReadAllOptions): Promise<EventBatch> {
    const events: RecordedEvent[] = [];
    let checkpoint = from;
    if (limit <= 0) return { events, checkpoint };
    let scanned = 0;
    const read = this.client.readAll({ fromPosition: toReadPosition(from), direction: FORWARDS, maxCount: limit + 1 });
    await drain<EsdbResolved>(read, (resolved) => {
      if (!isAfter(resolved, from)) return true;
      checkpoint = positionOf(resolved) ?? checkpoint; // filtered-out events still advance the checkpoint
      scanned += 1;
      const e = isSystemEvent(resolved) ? undefined : toRecordedEvent(resolved);
      if (e && matchesPrefixes(e.streamId, streamPrefixes)) events.push(e);
      return scanned < limit;
    });
    return { events, checkpoint };
  }

  /** One event per batch: the server pushes events singly and its order is the delivery order. */
  async *subscribe(from: LogPosition, o: SubscribeOptions = {}): AsyncIterable<EventBatch> {
    if (o.signal?.aborted) return;
    const prefixes = o.streamPrefixes && o.streamPrefixes.length > 0 ? o.streamPrefixes : undefined;
    const subscription = this.client.subscribeToAll({
      fromPosition: toReadPosition(from),
      filter: prefixes ? streamNameFilter({ prefixes }) : excludeSystemEvents(),
    });
    const stop = () => {
      subscription.unsubscribe().catch(() => undefined);
      subscription.destroy(); // unsubscribe alone never ends the iterator
    };
    o.signal?.addEventListener('abort', stop, { once: true });
    try {
      for await (const resolved of subscription) {
        const e = isAfter(resolved, from) && !isSystemEvent(resolved) ? toRecordedEvent(resolved) : undefined;
        if (e && matchesPrefixes(e.streamId, prefixes)) yield { events: [e], checkpoint: e.logPosition };
      }
    } catch (error) {
      if (!o.signal?.aborted) throw error;
    } finally {
      o.signal?.removeEventListener('abort', stop);
      stop();
    }
  }

  async headPosition(): Promise<LogPosition> {
    let head: LogPosition | undefined;
    await drain<EsdbResolved>(this.client.readAll({ fromPosition: END, direction: BACKWARDS }), (resolved) => {
      if (!isSystemEvent(resolved)) head = positionOf(resolved);
      return head === undefined;
    });
    return head ?? START;
  }

  async countAfter(from: LogPosition, cap = 10_000): Promise<number> {
    let count = 0;
    if (cap <= 0) return count;
    const read = this.client.readAll({ fromPosition: toReadPosition(from), direction: FORWARDS });
    await drain<EsdbResolved>(read, (resolved) => {
      if (isAfter(resolved, from) && !isSystemEvent(resolved)) count += 1;
      return count < cap;
    });
    return count;
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }

  /** Newest first: the head, plus any of `events` already stored (stops once all are found). */
  private async scanStream(streamId: string, events: NewEvent[]): Promise<StreamScan> {
    const wanted = new Set(events.map((e) => e.eventId.toLowerCase()));
    const scan: StreamScan = { found: [] };
    await drain(this.client.readStream(streamId, { fromRevision: END, direction: BACKWARDS }), (resolved) => {
      const e = toRecordedEvent(resolved);
      if (!scan.head) {
        if (!e)
          throw new Error(`Stream ${streamId}: its last event carries no hash chain (written outside this adapter)`);
        scan.head = { revision: e.revision, hash: e.integrity.hash };
      }
      if (e && wanted.has(e.eventId.toLowerCase())) scan.found.push(e);
      return scan.found.length < wanted.size;
    });
    return scan;
  }

  private async write(
    streamId: string,
    events: NewEvent[],
    head: StreamHead | undefined,
    expectedRevision: AppendExpectedRevision,
  ): Promise<AppendResult> {
    // KurrentDB assigns its own `created` only after we hash, so the adapter stamps the time it hashed.
    const recordedAt = new Date().toISOString();
    let prevHash = head?.hash ?? GENESIS_HASH;
    let revision = head ? head.revision : -1n;
    const esdbEvents = events.map((e) => {
      revision += 1n;
      const hash = chainHash(this.alg, { ...e, streamId, revision, recordedAt }, prevHash);
      const integrity = { alg: this.alg, prevHash, hash };
      prevHash = hash;
      const signature = e.signature ? { signature: e.signature } : {};
      return toEsdbEvent(e, { schemaVersion: e.schemaVersion, recordedAt, integrity, ...signature });
    });
    const result = await this.client.appendToStream(streamId, esdbEvents, { expectedRevision });
    const logPosition = result.position ? { commit: result.position.commit, prepare: result.position.prepare } : START;
    return { streamId, nextExpectedRevision: result.nextExpectedRevision, position: logPosition.commit, logPosition };
  }
}
