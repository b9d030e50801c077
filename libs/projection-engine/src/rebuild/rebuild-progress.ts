import { LogPosition } from '@hazard-ledger/domain';
import { EventFeed } from '../projection';

export interface RebuildProgress {
  applied: number;
  /** Events to apply in all: applied so far plus what the log still holds after the shadow checkpoint. */
  total: number;
  eventsPerSecond: number;
  /** Infinity until the rate is known. */
  etaSeconds: number;
}

/**
 * Counts what is left after the shadow checkpoint now and then (a count is a scan): appends during the rebuild
 * raise the total, and with stream prefixes the total shrinks to what the projection really applies.
 */
export class ProgressMeter {
  private readonly started = Date.now();
  private applied = 0;
  private appliedAtCount = 0;
  private remainingAtCount = 0;
  private countedAt = 0;

  constructor(
    private readonly feed: EventFeed,
    private readonly report?: (p: RebuildProgress) => void,
    private readonly recountMs = 5000,
  ) {}

  async start(from: LogPosition): Promise<void> {
    if (!this.report) return;
    await this.recount(from);
    this.report(this.snapshot());
  }

  /** Without a position (a partitioned fill has none until it ends) the last count stands. */
  async add(events: number, position?: LogPosition, final = false): Promise<void> {
    this.applied += events;
    if (!this.report) return;
    if (final) this.remainingAtCount = this.applied - this.appliedAtCount;
    else if (position && Date.now() - this.countedAt >= this.recountMs) await this.recount(position);
    this.report(this.snapshot());
  }

  private async recount(position: LogPosition): Promise<void> {
    this.remainingAtCount = await this.feed.countAfter(position, Number.MAX_SAFE_INTEGER);
    this.appliedAtCount = this.applied;
    this.countedAt = Date.now();
  }

  private snapshot(): RebuildProgress {
    const total = Math.max(this.applied, this.appliedAtCount + this.remainingAtCount);
    const seconds = (Date.now() - this.started) / 1000;
    const eventsPerSecond = seconds > 0 ? this.applied / seconds : 0;
    const left = total - this.applied;
    return {
      applied: this.applied,
      total,
      eventsPerSecond,
      etaSeconds: left === 0 ? 0 : eventsPerSecond > 0 ? left / eventsPerSecond : Number.POSITIVE_INFINITY,
    };
  }
}
