import { randomUUID } from 'node:crypto';
import { HashAlgorithm } from '@hazard-ledger/domain';
import { ACCESS_GENESIS_HASH, accessHash } from './access-chain';
import { AccessEntry, AccessReceipt, ChainedAccess, prepareAccess } from './access-entry';
import { AccessLogQuery } from './access-log-rows';
import { INSERT_ACCESSES, InsertResult, READ_HEAD } from './access-log-sql';

export interface AccessLogWriterOptions {
  hashAlgorithm?: HashAlgorithm;
  /** Entries per INSERT statement (default 500); more waiting entries go in the next statement. */
  maxBatch?: number;
  /** Re-links after losing a race to another process (default 5), then gives up and rejects the batch. */
  maxRetries?: number;
  /** The app clock (accessedAt); injectable for tests. */
  now?: () => Date;
  /** Warnings (e.g. synchronous_commit off). */
  log?: (message: string) => void;
}

interface Pending {
  access: ChainedAccess;
  resolve: (receipt: AccessReceipt) => void;
  reject: (error: unknown) => void;
}

/** How long a writer waits, in all, while other writers hold the turn (a crashed one's turn expires in 250 ms). */
const TURN_WAIT_LIMIT_MS = 2000;

const errorField = (error: unknown, field: 'code' | 'constraint'): unknown => {
  const e = error as { [k: string]: unknown; driverError?: { [k: string]: unknown } } | null;
  return e?.[field] ?? e?.driverError?.[field];
};

/**
 * The unique indexes are the last line against a fork: normally the anchor settles races without an error, so this
 * only fires when rows and anchor disagree. Re-reading the head and retrying (bounded) is then all one can do.
 */
const lostTheRace = (error: unknown): boolean =>
  errorField(error, 'code') === '23505' &&
  ['access_log_prev_hash_unique', 'access_log_hash_unique'].includes(String(errorField(error, 'constraint')));

/**
 * Group commit for the access log: while one INSERT is in flight, new entries queue, and the next flush writes
 * all of them in ONE statement. Each caller gets its own receipt, only after the commit; a failed statement
 * rejects every caller of its batch (never a receipt for an unwritten row).
 */
export class AccessLogWriter {
  private queue: Pending[] = [];
  private flushing = false;
  private scheduled = false;
  private head: string | undefined;
  /** Names this writer in the anchor's turn (fairness between processes). */
  private readonly id = randomUUID();
  private warnedAsync = false;
  private readonly alg: HashAlgorithm;
  private readonly maxBatch: number;
  private readonly maxRetries: number;
  private readonly now: () => Date;

  constructor(
    private readonly query: AccessLogQuery,
    private readonly options: AccessLogWriterOptions = {},
  ) {
    this.alg = options.hashAlgorithm ?? 'sm3';
    this.maxBatch = Math.max(1, options.maxBatch ?? 500);
    this.maxRetries = Math.max(0, options.maxRetries ?? 5);
    this.now = options.now ?? (() => new Date());
  }

  record(entry: AccessEntry): Promise<AccessReceipt> {
    let access: ChainedAccess;
    try {
      access = prepareAccess(entry, this.now());
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ access, resolve, reject });
      if (this.scheduled) return;
      // Deferred by a microtask so callers in the same tick share the first statement too.
      this.scheduled = true;
      queueMicrotask(() => {
        this.scheduled = false;
        this.pump();
      });
    });
  }

  private pump(): void {
    if (this.flushing || this.queue.length === 0) return;
    this.flushing = true;
    const batch = this.queue.splice(0, this.maxBatch);
    void this.flush(batch).finally(() => {
      this.flushing = false;
      this.pump();
    });
  }

  private async flush(batch: Pending[]): Promise<void> {
    let receipts: AccessReceipt[];
    try {
      receipts = await this.insert(batch.map((p) => p.access));
    } catch (error) {
      batch.forEach((p) => p.reject(error));
      return;
    }
    batch.forEach((p, i) => p.resolve(receipts[i]));
  }

  private async insert(accesses: ChainedAccess[]): Promise<AccessReceipt[]> {
    const waitUntil = Date.now() + TURN_WAIT_LIMIT_MS;
    for (let lost = 0; ; ) {
      try {
        const head = this.head ?? (await this.loadHead());
        const rows = this.chain(accesses, head);
        const last = rows[rows.length - 1].hash;
        const result = (await this.query(INSERT_ACCESSES, [
          JSON.stringify(rows),
          head,
          last,
          this.id,
        ])) as InsertResult[];
        const anchor = result.find((r) => r.head !== null);
        if (!anchor?.head) throw new Error('访问日志锚点缺失 / access_log_head row is missing');
        if (anchor.head === last) {
          this.head = last;
          return this.receipts(accesses, rows, result);
        }
        // Nothing was written. Link to the head the statement saw, and retry — at once if the turn is ours.
        this.head = anchor.head;
        if (anchor.turn === this.id || anchor.turn === null) lost += 1;
        else if (Date.now() < waitUntil) await new Promise((r) => setTimeout(r, 1 + Math.random() * 2));
        else lost = this.maxRetries + 1;
        if (lost > this.maxRetries)
          throw new Error(
            `访问日志写入冲突，已放弃 / access log: other writers kept appending first (${lost} lost races), giving up`,
          );
      } catch (error) {
        // Whatever failed, the cached head may be wrong now: read it again next time.
        this.head = undefined;
        if (!lostTheRace(error) || ++lost > this.maxRetries) throw error;
      }
    }
  }

  private receipts(accesses: ChainedAccess[], rows: { hash: string }[], result: InsertResult[]): AccessReceipt[] {
    const ids = new Map(result.filter((r) => r.id !== null).map((r) => [r.hash, r.id as string]));
    if (ids.size !== rows.length)
      throw new Error(`访问日志写入行数不符 / access log stored ${ids.size} of ${rows.length} rows`);
    return rows.map((r, i) => ({ id: ids.get(r.hash) as string, accessedAt: accesses[i].accessedAt, hash: r.hash }));
  }

  private chain(accesses: ChainedAccess[], head: string) {
    let prevHash = head;
    return accesses.map((access, ord) => {
      const hash = accessHash(this.alg, access, prevHash);
      const row = { ord, ...this.columns(access), hash_alg: this.alg, prev_hash: prevHash, hash };
      prevHash = hash;
      return row;
    });
  }

  private async loadHead(): Promise<string> {
    const [row] = (await this.query(READ_HEAD)) as { hash: string | null; synchronous_commit: string }[];
    if (row?.synchronous_commit === 'off' && !this.warnedAsync) {
      this.warnedAsync = true;
      this.options.log?.(
        '访问日志：synchronous_commit=off，回执不保证已落盘 / access log: synchronous_commit is off, ' +
          'a receipt does not guarantee the entry survives a server crash',
      );
    }
    return row?.hash ?? ACCESS_GENESIS_HASH;
  }

  private columns(a: ChainedAccess) {
    return {
      accessed_at: a.accessedAt,
      actor_id: a.actor.id,
      actor_name: a.actor.name,
      actor_role: a.actor.role,
      actor_org: a.actor.org,
      kind: a.kind,
      record_type: a.recordType,
      record_ids: a.recordIds,
      as_of_position: a.asOfPosition,
      query: a.query,
      purpose: a.purpose,
    };
  }
}
