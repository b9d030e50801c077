import { Observable } from 'rxjs';
import { LogPosition } from '@hazard-ledger/domain';
import { EventBatch, EventStore, SubscribeOptions } from './event-store.port';

/** The subscription as an rxjs Observable (for process managers): unsubscribing stops the underlying poll. */
export const eventBatches$ = (
  store: Pick<EventStore, 'subscribe'>,
  from: LogPosition,
  options: Omit<SubscribeOptions, 'signal'> = {},
): Observable<EventBatch> =>
  new Observable<EventBatch>((subscriber) => {
    const abort = new AbortController();
    void (async () => {
      try {
        for await (const batch of store.subscribe(from, { ...options, signal: abort.signal })) {
          if (subscriber.closed) break;
          subscriber.next(batch);
        }
        subscriber.complete();
      } catch (error) {
        subscriber.error(error);
      }
    })();
    return () => abort.abort();
  });
