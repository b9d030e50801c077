import { runApiBench } from './api/api.bench';
import { runAppendBench } from './append/append.bench';
import { runLookbackBench } from './lookback/lookback.bench';
import { runProjectionsBench } from './projections/projections.bench';

export interface BenchArgs {
  durationS?: number;
  events?: number;
  seed?: number;
  verify?: boolean;
  hazards?: number;
  rate?: number;
  warmupS?: number;
}

const BENCHES = new Map<string, (args: BenchArgs) => Promise<void>>([
  ['append', runAppendBench],
  ['projections', runProjectionsBench],
  ['api', runApiBench],
  ['lookback', runLookbackBench],
]);

/** Entry point of `hazard-ledger bench <name>` (npm run bench -- <name>). */
export const runBench = async (name: string, args: BenchArgs = {}): Promise<void> => {
  const bench = BENCHES.get(name);
  if (!bench) throw new Error(`Unknown bench "${name}". Available benches: ${[...BENCHES.keys()].join(', ')}`);
  await bench(args);
};
