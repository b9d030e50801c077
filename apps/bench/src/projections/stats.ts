import { performance } from 'node:perf_hooks';

/** Nearest-rank percentile of ascending samples (as the append bench computes it). */
export const percentile = (sorted: Float64Array, p: number): number =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Rounded for the JSON line: three significant decimals are plenty for milliseconds. */
export const ms3 = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * Runs `sample(i)` one after the other, `warmup` times unmeasured (connections, plan cache, JIT), then `samples`
 * times measured; returns the latencies in ms, sorted ascending.
 */
export const timeSamples = async (
  samples: number,
  sample: (i: number) => Promise<unknown>,
  warmup = Math.min(100, samples),
): Promise<Float64Array> => {
  for (let i = 0; i < warmup; i++) await sample(-1 - i);
  const latencies = new Float64Array(samples);
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    await sample(i);
    latencies[i] = performance.now() - t0;
  }
  return latencies.sort();
};
