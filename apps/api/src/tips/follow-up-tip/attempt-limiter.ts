import { Injectable } from '@nestjs/common';

/** A fixed window per client address: guessing claim codes costs time (one process; a cluster needs a shared store). */
@Injectable()
export class AttemptLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  private readonly limit = 20;
  private readonly windowMs = 60_000;

  allow(client: string, now = Date.now()): boolean {
    const w = this.windows.get(client);
    if (!w || now - w.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.windows.clear();
      this.windows.set(client, { start: now, count: 1 });
      return true;
    }
    w.count += 1;
    return w.count <= this.limit;
  }
}
