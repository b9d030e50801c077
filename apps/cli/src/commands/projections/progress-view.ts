import { Presets, SingleBar } from 'cli-progress';
import { RebuildProgress } from '@hazard-ledger/projection-engine';

export interface ProgressView {
  update(progress: RebuildProgress): void;
  stop(): void;
}

const eta = (seconds: number): string => (Number.isFinite(seconds) ? `${Math.ceil(seconds)} s` : '--');

/** A bar on a terminal; elsewhere (CI, logs) one plain line every few seconds, never a flood of redraws. */
export const progressView = (
  name: string,
  options: { enabled: boolean; stream?: NodeJS.WriteStream; everyMs?: number },
): ProgressView => {
  const stream = options.stream ?? process.stderr;
  if (!options.enabled) return { update: () => undefined, stop: () => undefined };
  if (stream.isTTY) {
    const bar = new SingleBar(
      {
        format: `rebuild ${name} [{bar}] {percentage}% | {value}/{total} events | {rate} events/s | ETA {eta_text}`,
        stream,
      },
      Presets.shades_classic,
    );
    let started = false;
    return {
      update: (p) => {
        const payload = { rate: Math.round(p.eventsPerSecond), eta_text: eta(p.etaSeconds) };
        if (!started) bar.start(p.total, p.applied, payload);
        started = true;
        bar.setTotal(p.total);
        bar.update(p.applied, payload);
      },
      stop: () => {
        if (started) bar.stop();
        started = false;
      },
    };
  }
  let last = 0;
  return {
    update: (p) => {
      if (Date.now() - last < (options.everyMs ?? 5000)) return;
      last = Date.now();
      stream.write(
        `重建中 / rebuilding ${name}: ${p.applied}/${p.total} events, ` +
          `${Math.round(p.eventsPerSecond)} events/s, ETA ${eta(p.etaSeconds)}\n`,
      );
    },
    stop: () => undefined,
  };
};
