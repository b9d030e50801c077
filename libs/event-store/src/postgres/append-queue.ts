import { DatabaseError, Pool } from 'pg';
import { HashAlgorithm } from '@hazard-ledger/domain';
import { EventIdConflict, WrongExpectedRevision } from '../errors';
import { AppendResult } from '../event-store.port';
import { AppendOutcome, AppendRequest, appendBatch } from './append-batch';

interface Pending {
  request: AppendRequest;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

export interface AppendQueueOptions {
  /** Append transactions open at once; appends arriving meanwhile share the next transaction. */
  maxConcurrentTransactions: number;
  maxBatch: number;
}

/**
 * Group commit: concurrent appends to different streams share one transaction (two round trips, one commit),
 * each still checked and answered on its own. Appends to the same stream never share a batch.
 */
export class AppendQueue {
  private queue: Pending[] = [];
  private inFlight = 0;

  constructor(
    private readonly pool: Pool,
    private readonly alg: HashAlgorithm,
    private readonly options: AppendQueueOptions,
    private readonly onCommitted: () => void,
  ) {}

  submit(request: AppendRequest): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.options.maxConcurrentTransactions && this.queue.length > 0) {
      const batch = this.take();
      this.inFlight += 1;
      void this.run(batch).finally(() => {
        this.inFlight -= 1;
        this.pump();
      });
    }
  }

  /** Oldest first; skips (keeps queued) appends whose stream or event ids are already in the batch. */
  private take(): Pending[] {
    const batch: Pending[] = [];
    const rest: Pending[] = [];
    const streams = new Set<string>();
    const ids = new Set<string>();
    for (const pending of this.queue) {
      const eventIds = pending.request.events.map((e) => e.eventId.toLowerCase());
      const fits =
        batch.length < this.options.maxBatch &&
        !streams.has(pending.request.streamId) &&
        !eventIds.some((id) => ids.has(id));
      if (!fits) {
        rest.push(pending);
        continue;
      }
      batch.push(pending);
      streams.add(pending.request.streamId);
      eventIds.forEach((id) => ids.add(id));
    }
    this.queue = rest;
    return batch;
  }

  private async run(batch: Pending[]): Promise<void> {
    let outcomes: AppendOutcome[];
    try {
      outcomes = await this.execute(batch.map((p) => p.request));
    } catch (error) {
      // A database error fails the whole transaction: retry each append alone so only the culprit fails.
      if (batch.length > 1) {
        for (const pending of batch) await this.run([pending]);
        return;
      }
      batch[0].reject(await this.translate(error, batch[0].request));
      return;
    }
    if (outcomes.some((o) => 'ok' in o)) this.onCommitted();
    outcomes.forEach((outcome, i) => ('ok' in outcome ? batch[i].resolve(outcome.ok) : batch[i].reject(outcome.error)));
  }

  private async execute(requests: AppendRequest[]): Promise<AppendOutcome[]> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      return await appendBatch(client, this.alg, requests);
    } catch (error) {
      await client.query('ROLLBACK').catch((e: Error) => (broken = e));
      throw error;
    } finally {
      client.release(broken);
    }
  }

  private async translate(error: unknown, request: AppendRequest): Promise<unknown> {
    if (!(error instanceof DatabaseError) || error.code !== '23505') return error;
    if (error.constraint === 'streams_pkey') {
      const { rows } = await this.pool.query<{ r: string }>(
        `SELECT revision::text AS r FROM streams WHERE stream_id = $1`,
        [request.streamId],
      );
      return new WrongExpectedRevision(request.streamId, request.expected, rows[0] ? BigInt(rows[0].r) : 'no_stream');
    }
    if (error.constraint === 'events_event_id_unique')
      return new EventIdConflict(request.events[0].eventId, 'stored concurrently by another append');
    return error;
  }
}
