import { Client, Pool } from 'pg';

export const WAKEUP_CHANNEL = 'hazard_ledger_events';

/**
 * LISTEN/NOTIFY as a hint only: NOTIFY is sent after COMMIT on a pooled connection and coalesced, because a
 * NOTIFY inside the append transaction takes a global lock at commit and serialises all writers.
 * Subscribers still poll; a lost hint only delays delivery by one poll interval.
 */
export class WakeupSender {
  private pending = false;

  constructor(
    private readonly pool: Pool,
    private readonly delayMs = 2,
  ) {}

  hint(): void {
    if (this.pending) return;
    this.pending = true;
    setTimeout(() => {
      this.pending = false;
      this.pool.query(`NOTIFY ${WAKEUP_CHANNEL}`).catch(() => undefined);
    }, this.delayMs).unref();
  }
}

export class WakeupListener {
  private client?: Client;
  private waiters = new Set<() => void>();

  constructor(private readonly connect: () => Client) {}

  async start(): Promise<void> {
    if (this.client) return;
    const client = this.connect();
    client.on('notification', () => this.wakeAll());
    // A broken listener only costs latency: polling continues, so errors are swallowed after logging-free reset.
    client.on('error', () => {
      this.client = undefined;
      this.wakeAll();
    });
    await client.connect();
    await client.query(`LISTEN ${WAKEUP_CHANNEL}`);
    this.client = client;
  }

  /** Resolves on the next notification, after `timeoutMs`, or when `signal` aborts. */
  wait(timeoutMs: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
      signal?.addEventListener('abort', done, { once: true });
    });
  }

  async stop(): Promise<void> {
    this.wakeAll();
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private wakeAll(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
