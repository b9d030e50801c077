import autocannon from 'autocannon';
import { BenchRequest, ROUTE_SHARES, RequestSource, RouteClass } from './route-mix';

export interface ClassSamples {
  /** Latency of each answered request, ms, in arrival order. */
  latencies: number[];
  /** Answers with a status outside 2xx, by status. */
  non2xx: Map<number, number>;
  /** Requests with no answer: socket errors and timeouts. */
  socketErrors: number;
}

export type LoadSamples = Record<RouteClass, ClassSamples>;

/**
 * Which class each of `rate` senders serves: interleaved by largest remainder, so the shares hold for any rate
 * and neighbouring senders (neighbouring instants, see below) serve different classes.
 */
export const senderClasses = (rate: number): RouteClass[] => {
  const classes = Object.keys(ROUTE_SHARES) as RouteClass[];
  const given = new Map(classes.map((c) => [c, 0]));
  return Array.from({ length: rate }, (_, i) => {
    let best = classes[0];
    let deficit = -Infinity;
    for (const c of classes) {
      const d = ROUTE_SHARES[c] * (i + 1) - (given.get(c) ?? 0);
      if (d > deficit) [best, deficit] = [c, d];
    }
    given.set(best, (given.get(best) ?? 0) + 1);
    return best;
  });
};

const emptySamples = (): LoadSamples => {
  const classes = Object.keys(ROUTE_SHARES) as RouteClass[];
  return Object.fromEntries(
    classes.map((c) => [c, { latencies: [], non2xx: new Map(), socketErrors: 0 }]),
  ) as unknown as LoadSamples;
};

const asAutocannon = (r: BenchRequest): autocannon.Request => ({
  method: r.method,
  path: r.path,
  headers: {
    authorization: `Bearer ${r.token}`,
    ...(r.body ? { 'content-type': 'application/json' } : {}),
  },
  ...(r.body ? { body: r.body } : {}),
});

/**
 * A fixed arrival rate from autocannon: `rate` instances of one connection each, rate-limited to one request a
 * second, started 1/rate s apart. One instance with `rate` connections would send them all at the same instant
 * every second (autocannon limits per connection per second, from a timer each connection starts together), a
 * burst, not a rate. A sender waits for its answer, so an answer slower than 1 s lowers the rate (reported).
 */
export const driveLoad = async (
  baseUrl: string,
  mix: Record<RouteClass, RequestSource>,
  o: { rate: number; durationS: number },
): Promise<LoadSamples> => {
  const samples = emptySamples();
  const senders = senderClasses(o.rate).map(
    (routeClass, i) =>
      new Promise<void>((resolve, reject) => {
        setTimeout(
          () => {
            const instance = autocannon(
              {
                url: baseUrl,
                connections: 1,
                overallRate: 1,
                duration: o.durationS,
                timeout: 10,
                requests: [{ setupRequest: () => asAutocannon(mix[routeClass]()) }],
              },
              (error) => (error ? reject(error) : resolve()),
            );
            const s = samples[routeClass];
            instance.on('response', (_client, status, _bytes, ms) => {
              s.latencies.push(ms);
              if (status < 200 || status > 299) s.non2xx.set(status, (s.non2xx.get(status) ?? 0) + 1);
            });
            instance.on('reqError', () => {
              s.socketErrors += 1;
            });
          },
          (i * 1000) / o.rate,
        );
      }),
  );
  await Promise.all(senders);
  return samples;
};
