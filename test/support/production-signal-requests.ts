import { ProductionSignalCommandType } from '@hazard-ledger/domain';

/** One valid request per production-signal command: the matrix, the bad requests and the e2e specs start here. */
export interface SignalRequest {
  path: () => string;
  body: (mineId?: string) => Record<string, unknown>;
}

// Fixed when the module loads, so the same body twice is the same request (idempotent retries).
const LOADED_AT = Date.now();
const minutesAgo = (minutes: number) => new Date(LOADED_AT - minutes * 60_000).toISOString();

export const signalBody = (mineId = 'mine-demo-1', overrides: Record<string, unknown> = {}) => ({
  mineId,
  source: 'power',
  producing: true,
  observedAt: minutesAgo(30),
  period: { from: minutesAgo(60), to: minutesAgo(10) },
  value: 1840,
  unit: 'kWh',
  reference: '供电所抄表 / utility meter reading',
  note: '主提升机用电如常',
  ...overrides,
});

export const productionSignalRequests: Record<ProductionSignalCommandType, SignalRequest> = {
  RecordProductionSignal: { path: () => '/production-signals', body: (mineId) => signalBody(mineId) },
};
