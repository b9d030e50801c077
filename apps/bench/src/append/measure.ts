import { performance } from 'node:perf_hooks';
import { Presets, SingleBar } from 'cli-progress';
import { CpuSample, cpuSince, sampleCpu } from './cpu-usage';

/** One kind of appender under test; each call to `writer` gets its own stream and expected-revision state. */
export interface WriterKind {
  name: string;
  writer(index: number): () => Promise<void>;
  close(): Promise<void>;
}

export interface MeasureOptions {
  writers: number;
  warmupMs: number;
  durationMs: number;
}

export interface PhaseResult {
  name: string;
  events: number;
  seconds: number;
  eps: number;
  p50Ms: number;
  p99Ms: number;
  /** Over the measured window, in % of one core (2 cores = 200 %). */
  nodeCpuPct: number;
  postgresCpuPct: number;
}

const percentile = (sorted: Float64Array, p: number): number =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const progressBar = (name: string, totalS: number): SingleBar => {
  const bar = new SingleBar(
    {
      stream: process.stderr,
      format: `${name.padEnd(7)} [{bar}] {value}/{total} s | {phase} | {events} events`,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  bar.start(totalS, 0, { phase: 'warm-up', events: 0 });
  return bar;
};

/**
 * Every writer appends back to back until the window closes. Throughput counts appends that complete inside
 * the measured window (after the warm-up), so connection set-up and JIT warm-up stay out of the figure.
 */
export const measure = async (kind: WriterKind, o: MeasureOptions): Promise<PhaseResult> => {
  const appends = Array.from({ length: o.writers }, (_, i) => kind.writer(i));
  const start = performance.now();
  const from = start + o.warmupMs;
  const to = from + o.durationMs;
  const latencies: number[] = [];
  let failure: unknown;
  let cpuFrom: CpuSample | undefined;
  let cpu = { nodePct: NaN, postgresPct: NaN };

  const loop = async (append: () => Promise<void>): Promise<void> => {
    while (failure === undefined && performance.now() < to) {
      const t0 = performance.now();
      try {
        await append();
      } catch (error) {
        failure ??= error;
        return;
      }
      const t1 = performance.now();
      if (t1 >= from && t1 <= to) latencies.push(t1 - t0);
      else if (t1 > to && cpuFrom) {
        cpu = cpuSince(cpuFrom);
        cpuFrom = undefined;
      }
    }
  };

  const totalS = Math.round((o.warmupMs + o.durationMs) / 1000);
  const bar = progressBar(kind.name, totalS);
  const tick = setInterval(() => {
    const now = performance.now();
    if (now >= from && !cpuFrom && Number.isNaN(cpu.nodePct)) cpuFrom = sampleCpu();
    bar.update(Math.min(totalS, Math.floor((now - start) / 1000)), {
      phase: now < from ? 'warm-up' : 'measuring',
      events: latencies.length,
    });
  }, 250);
  try {
    await Promise.all(appends.map(loop));
    if (cpuFrom) cpu = cpuSince(cpuFrom);
  } finally {
    clearInterval(tick);
    bar.update(totalS, { phase: 'done', events: latencies.length });
    bar.stop();
  }
  if (failure !== undefined) throw failure;

  const sorted = Float64Array.from(latencies).sort();
  const seconds = o.durationMs / 1000;
  return {
    name: kind.name,
    events: latencies.length,
    seconds,
    eps: latencies.length / seconds,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    nodeCpuPct: cpu.nodePct,
    postgresCpuPct: cpu.postgresPct,
  };
};

export const formatResult = (r: PhaseResult): string =>
  `${r.name.padEnd(7)} ${String(r.events).padStart(8)} events in ${r.seconds} s  ` +
  `${r.eps.toFixed(0).padStart(6)} events/s  p50 ${r.p50Ms.toFixed(2)} ms  p99 ${r.p99Ms.toFixed(2)} ms  ` +
  `(CPU: node ${r.nodeCpuPct.toFixed(0)} %, postgres ${r.postgresCpuPct.toFixed(0)} % of one core)`;
