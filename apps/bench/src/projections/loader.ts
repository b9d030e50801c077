import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Client } from 'pg';
import { HashAlgorithm } from '@hazard-ledger/domain';
import { GENESIS_HASH, chainHash } from '@hazard-ledger/event-store';
import { Dataset } from './dataset';

export interface LoadOptions {
  /** The platform's configured algorithm (HASH_ALGORITHM, sm3 by default). */
  alg?: HashAlgorithm;
  /** Events per INSERT statement, i.e. per transaction. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface LoadResult {
  events: number;
  streams: number;
  batches: number;
  seconds: number;
  eps: number;
}

interface Head {
  stream_id: string;
  revision: number;
  last_hash: string;
  created_at: string;
  updated_at: string;
}

/**
 * One statement = one transaction: the batch's events, in order (global_position follows `ord`, tx_id defaults
 * to the transaction), and the heads of the streams it touched, so the log verifies after every commit.
 */
const INSERT_BATCH = `
  WITH heads AS (
    INSERT INTO streams (stream_id, revision, last_hash, created_at, updated_at)
    SELECT h.stream_id, h.revision, h.last_hash, h.created_at, h.updated_at
      FROM jsonb_to_recordset($2::jsonb) AS h(stream_id text, revision bigint, last_hash text,
             created_at timestamptz, updated_at timestamptz)
    ON CONFLICT (stream_id) DO UPDATE
      SET revision = EXCLUDED.revision, last_hash = EXCLUDED.last_hash, updated_at = EXCLUDED.updated_at
    RETURNING 1)
  INSERT INTO events (stream_id, stream_position, event_id, type, schema_version, data, metadata, recorded_at,
                      hash_alg, prev_hash, hash)
  SELECT e.stream_id, e.stream_position, e.event_id, e.type, 1, e.data, e.metadata, e.recorded_at, $3, e.prev_hash,
         e.hash
    FROM jsonb_to_recordset($1::jsonb) AS e(ord integer, stream_id text, stream_position bigint, event_id uuid,
           type text, data jsonb, metadata jsonb, recorded_at timestamptz, prev_hash text, hash text)
   ORDER BY e.ord`;

/**
 * Writes the dataset straight into `events` and `streams` of a migrated, empty database, in global order, with
 * each stream's hash chain computed exactly as the adapter does (append-plan.ts). The next batch is hashed and
 * serialised while PostgreSQL inserts the previous one.
 */
export const loadDataset = async (databaseUrl: string, dataset: Dataset, o: LoadOptions = {}): Promise<LoadResult> => {
  const alg = o.alg ?? 'sm3';
  const batchSize = o.batchSize ?? 5000;
  const client = new Client({ connectionString: databaseUrl, application_name: 'hazard-ledger-bench-loader' });
  await client.connect();
  // The batch is sorted by `ord` before the insert; the default 4 MB would spill that sort to disk.
  await client.query(`SET work_mem = '64MB'`);
  const heads = new Map<string, Head>();
  // Serialised one by one: flat strings are cheap to keep across the batch, 5000 nested objects are not (GC).
  let rows: string[] = [];
  let touched = new Map<string, Head>();
  let inFlight: Promise<void> = Promise.resolve();
  let failure: unknown;
  let done = 0;
  let batches = 0;
  const start = performance.now();

  const flush = async (): Promise<void> => {
    await inFlight;
    if (failure !== undefined) throw failure;
    const count = rows.length;
    const params = [`[${rows.join(',')}]`, JSON.stringify([...touched.values()]), alg];
    rows = [];
    touched = new Map();
    batches += 1;
    // Handled at once, checked before the next batch: the rejection is never left unhandled meanwhile.
    inFlight = client.query(INSERT_BATCH, params).then(
      () => {
        done += count;
        o.onProgress?.(done, dataset.totalEvents);
      },
      (error: unknown) => {
        failure ??= error;
      },
    );
  };

  try {
    for (const e of dataset.events()) {
      const head = heads.get(e.streamId);
      const prevHash = head?.last_hash ?? GENESIS_HASH;
      const hash = chainHash(
        alg,
        { ...e, schemaVersion: 1, revision: BigInt(e.revision), recordedAt: e.recordedAt },
        prevHash,
      );
      rows.push(
        JSON.stringify({
          ord: rows.length,
          stream_id: e.streamId,
          stream_position: e.revision,
          event_id: e.eventId,
          type: e.type,
          data: e.data,
          metadata: e.metadata,
          recorded_at: e.recordedAt,
          prev_hash: prevHash,
          hash,
        }),
      );
      const next: Head = {
        stream_id: e.streamId,
        revision: e.revision,
        last_hash: hash,
        created_at: head?.created_at ?? e.recordedAt,
        updated_at: e.recordedAt,
      };
      heads.set(e.streamId, next);
      touched.set(e.streamId, next);
      if (rows.length >= batchSize) await flush();
      // Hashing is synchronous: without a turn of the event loop now and then, the batch in flight would sit
      // in the socket buffer until the next one is ready, and PostgreSQL would never work in parallel.
      else if (rows.length % 250 === 0) await nextTurn();
    }
    if (rows.length > 0) await flush();
    await inFlight;
    if (failure !== undefined) throw failure;
  } finally {
    await inFlight;
    await client.end();
  }
  const seconds = (performance.now() - start) / 1000;
  return { events: done, streams: heads.size, batches, seconds, eps: done / seconds };
};
