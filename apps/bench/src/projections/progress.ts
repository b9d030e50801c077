import { performance } from 'node:perf_hooks';
import { Presets, SingleBar } from 'cli-progress';

export interface Progress {
  update(done: number): void;
  stop(): void;
}

const LINE_EVERY_MS = 5000;

/**
 * A bar on a terminal, one line every few seconds otherwise (CI logs, `| tee`). Both on stderr, so stdout keeps
 * only the machine details, the results and the final JSON line.
 */
export const progressReporter = (label: string, total: number): Progress => {
  const start = performance.now();
  const rate = (done: number) => Math.round(done / Math.max(0.001, (performance.now() - start) / 1000));
  if (process.stderr.isTTY) {
    const bar = new SingleBar(
      {
        stream: process.stderr,
        format: `${label} [{bar}] {percentage}% | {value}/{total} events | {eps} events/s | ETA {eta_formatted}`,
        hideCursor: true,
      },
      Presets.shades_classic,
    );
    bar.start(total, 0, { eps: 0 });
    return {
      update: (done) => bar.update(done, { eps: rate(done) }),
      stop: () => bar.stop(),
    };
  }
  let last = start;
  let latest = 0;
  const line = (done: number) =>
    process.stderr.write(
      `${label}: ${done}/${total} events (${Math.floor((done / total) * 100)} %), ${rate(done)} events/s\n`,
    );
  return {
    update: (done) => {
      latest = done;
      const now = performance.now();
      if (now - last < LINE_EVERY_MS) return;
      last = now;
      line(done);
    },
    stop: () => line(latest),
  };
};
