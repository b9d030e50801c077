import { START } from '@hazard-ledger/domain';
import { eventBatches$ } from './event-batches';
import { SubscribeOptions } from './event-store.port';

describe('eventBatches$', () => {
  it('aborts the underlying subscription when the observer unsubscribes', async () => {
    let signal: AbortSignal | undefined;
    const store = {
      async *subscribe(_from: unknown, options?: SubscribeOptions) {
        signal = options?.signal;
        while (!signal?.aborted) {
          yield { events: [], checkpoint: START };
          await new Promise((r) => setTimeout(r, 5));
        }
      },
    };
    const seen: number[] = [];
    const subscription = eventBatches$(store, START).subscribe(() => seen.push(1));
    await new Promise((r) => setTimeout(r, 30));
    subscription.unsubscribe();
    expect(seen.length).toBeGreaterThan(0);
    expect(signal?.aborted).toBe(true);
  });
});
