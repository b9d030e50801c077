import { ms3, percentile } from '../projections/stats';
import { LoadSamples } from './drive-load';
import { ROUTE_LABELS, RouteClass } from './route-mix';

export interface ClassFigures {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Non-2xx answers plus requests without an answer. */
  errors: number;
}

const figures = (latencies: number[], errors: number): ClassFigures => {
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: sorted.length,
    p50: ms3(percentile(sorted, 50)),
    p95: ms3(percentile(sorted, 95)),
    p99: ms3(percentile(sorted, 99)),
    max: ms3(sorted[sorted.length - 1] ?? NaN),
    errors,
  };
};

const errorsOf = (s: LoadSamples[RouteClass]): number =>
  [...s.non2xx.values()].reduce((a, b) => a + b, 0) + s.socketErrors;

/** Each class, then all of them together. */
export const summarise = (samples: LoadSamples): { classes: Record<RouteClass, ClassFigures>; all: ClassFigures } => {
  const entries = Object.entries(samples) as [RouteClass, LoadSamples[RouteClass]][];
  const classes = Object.fromEntries(entries.map(([c, s]) => [c, figures(s.latencies, errorsOf(s))])) as Record<
    RouteClass,
    ClassFigures
  >;
  const all = figures(
    entries.flatMap(([, s]) => s.latencies),
    entries.reduce((n, [, s]) => n + errorsOf(s), 0),
  );
  return { classes, all };
};

const row = (label: string, f: ClassFigures, durationS: number): string =>
  `  ${label.padEnd(42)} ${String(f.requests).padStart(6)} ${(f.requests / durationS).toFixed(1).padStart(6)} ` +
  `${f.p50.toFixed(1).padStart(7)} ${f.p95.toFixed(1).padStart(7)} ${f.p99.toFixed(1).padStart(7)} ` +
  `${f.max.toFixed(1).padStart(7)} ${String(f.errors).padStart(6)}`;

export const printSummary = (samples: LoadSamples, durationS: number): void => {
  const { classes, all } = summarise(samples);
  console.log(`  ${'route class'.padEnd(42)}   reqs  req/s  p50 ms  p95 ms  p99 ms  max ms errors`);
  for (const [c, f] of Object.entries(classes) as [RouteClass, ClassFigures][]) {
    console.log(row(ROUTE_LABELS[c], f, durationS));
    const s = samples[c];
    const statuses = [...s.non2xx.entries()].map(([status, n]) => `${status}×${n}`).join(', ');
    if (statuses || s.socketErrors) console.log(`      errors: ${statuses} socket/timeout×${s.socketErrors}`);
  }
  console.log(row('all', all, durationS));
};

/** The JSON line's figures: all requests, then each class as `<class>_p99_ms` etc. */
export const jsonFields = (samples: LoadSamples, durationS: number): Record<string, number> => {
  const { classes, all } = summarise(samples);
  const fields: Record<string, number> = {
    requests: all.requests,
    achieved_rate: ms3(all.requests / durationS),
    p50_ms: all.p50,
    p95_ms: all.p95,
    p99_ms: all.p99,
    errors: all.errors,
  };
  for (const [c, f] of Object.entries(classes) as [RouteClass, ClassFigures][]) {
    Object.assign(fields, {
      [`${c}_p50_ms`]: f.p50,
      [`${c}_p95_ms`]: f.p95,
      [`${c}_p99_ms`]: f.p99,
      [`${c}_errors`]: f.errors,
    });
  }
  return fields;
};
