import { LookbackParams, LookbackQuery } from '@hazard-ledger/read-models';
import { DATASET_END } from '../projections/dataset';
import { LONG_HAZARD_ID } from '../projections/long-hazard';
import { percentile } from '../projections/stats';

const YEAR_MS = 365 * 24 * 3_600_000;

/** The two cuts of the issue: "recent" is the end of the dataset, "old" the end of 2024 (Beijing time). */
export const CUTS = {
  recent: new Date(DATASET_END).toISOString(),
  old: '2024-12-31T16:00:00.000Z',
} as const;
export type CutName = keyof typeof CUTS;

/** The targets: query 2 (one mine's timeline for a year) under 200 ms at p95, every other under 500 ms. */
export const targetMsOf = (queryId: string): number => (queryId.startsWith('LB-02-') ? 200 : 500);

/**
 * Realistic parameters from what the query declares: the given mine, the 365 days before the cut, the long hazard
 * for the one-hazard question. A mine narrows more than a jurisdiction, so a query taking both gets the mine.
 */
export const paramsFor = (query: LookbackQuery, asOf: string, mineId: string): LookbackParams => {
  const names = new Set(query.params.map((p) => p.name));
  const params: LookbackParams = {};
  if (names.has('hazardId')) params.hazardId = LONG_HAZARD_ID;
  if (names.has('mineId')) params.mineId = mineId;
  if (names.has('from')) params.from = new Date(Date.parse(asOf) - YEAR_MS).toISOString();
  if (names.has('to')) params.to = asOf;
  return params;
};

export interface LookbackLine {
  bench: 'lookback';
  query: string;
  asof: CutName;
  p50_ms: number;
  p95_ms: number;
  rows: number;
  target_ms: number;
  met: boolean;
  samples: number;
  /** Set when one page of the answer was measured (its size); absent = the whole answer. */
  page_limit?: number;
}

/** The JSON line for one query at one cut, from ascending latencies (ms). */
export const lineOf = (
  query: string,
  asof: CutName,
  sorted: Float64Array,
  rows: number,
  pageLimit?: number,
): LookbackLine => {
  const round = (v: number) => Math.round(v * 10) / 10;
  const p95 = round(percentile(sorted, 95));
  const target = targetMsOf(query);
  return {
    bench: 'lookback',
    query,
    asof,
    p50_ms: round(percentile(sorted, 50)),
    p95_ms: p95,
    rows,
    target_ms: target,
    met: p95 < target,
    samples: sorted.length,
    ...(pageLimit !== undefined ? { page_limit: pageLimit } : {}),
  };
};
