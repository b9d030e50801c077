import { readFileSync, readdirSync } from 'node:fs';

// Linux reports process times in clock ticks; 100 per second on every mainstream kernel build.
const TICKS_PER_S = 100;

const postgresTicks = (): Map<number, number> => {
  const ticks = new Map<number, number>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return ticks;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      if (stat.slice(stat.indexOf('(') + 1, close) !== 'postgres') continue;
      const fields = stat.slice(close + 2).split(' ');
      ticks.set(Number(pid), Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return ticks;
};

export interface CpuSample {
  node: NodeJS.CpuUsage;
  postgres: Map<number, number>;
  at: number;
}

export const sampleCpu = (): CpuSample => ({ node: process.cpuUsage(), postgres: postgresTicks(), at: Date.now() });

/** CPU used since `from`, in percent of one core: this Node process, and all postgres processes together. */
export const cpuSince = (from: CpuSample): { nodePct: number; postgresPct: number } => {
  const to = sampleCpu();
  const wallMs = Math.max(1, to.at - from.at);
  const node = process.cpuUsage(from.node);
  let pgTicks = 0;
  for (const [pid, t] of to.postgres) pgTicks += t - (from.postgres.get(pid) ?? 0);
  return {
    nodePct: ((node.user + node.system) / 1000 / wallMs) * 100,
    postgresPct: ((pgTicks * (1000 / TICKS_PER_S)) / wallMs) * 100,
  };
};
