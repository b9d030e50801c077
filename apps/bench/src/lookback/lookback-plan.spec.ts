import { LOOKBACK_QUERIES } from '@hazard-ledger/read-models';
import { Dataset } from '../projections/dataset';
import { LONG_HAZARD_ID } from '../projections/long-hazard';
import { CUTS, lineOf, paramsFor, targetMsOf } from './lookback-plan';

describe('look-back bench plan', () => {
  it('reports nearest-rank p50/p95 and flags the target', () => {
    const sorted = Float64Array.from({ length: 20 }, (_, i) => (i + 1) * 10); // 10 … 200 ms
    expect(lineOf('LB-03-basic-condition-unfound', 'old', sorted, 7)).toEqual({
      bench: 'lookback',
      query: 'LB-03-basic-condition-unfound',
      asof: 'old',
      p50_ms: 100,
      p95_ms: 190,
      rows: 7,
      target_ms: 500,
      met: true,
      samples: 20,
    });
    expect(lineOf('LB-02-mine-timeline', 'recent', sorted, 1)).toMatchObject({ target_ms: 200, met: true });
    const slow = Float64Array.from({ length: 20 }, (_, i) => 150 + i * 5); // p95 = 240 ms
    expect(lineOf('LB-02-mine-timeline', 'recent', slow, 1)).toMatchObject({ p95_ms: 240, met: false });
    expect(lineOf('LB-02-mine-timeline', 'recent', slow, 1)).not.toHaveProperty('page_limit');
    expect(lineOf('LB-02-mine-timeline', 'old', sorted, 500, 500)).toMatchObject({ rows: 500, page_limit: 500 });
  });

  it('holds query 2 to 200 ms and every other query to 500 ms', () => {
    expect(targetMsOf('LB-02-mine-timeline')).toBe(200);
    for (const q of LOOKBACK_QUERIES.filter((x) => x.id !== 'LB-02-mine-timeline')) expect(targetMsOf(q.id)).toBe(500);
  });

  it('gives each query only the parameters it declares: the mine and the 365 days before the cut', () => {
    for (const query of LOOKBACK_QUERIES) {
      const params = paramsFor(query, CUTS.old, 'mine-x');
      const declared = new Set(query.params.map((p) => p.name));
      for (const name of Object.keys(params)) expect(declared.has(name)).toBe(true);
      if (declared.has('mineId')) expect(params.mineId).toBe('mine-x');
      // 365 days before the cut (2024 is a leap year, so not the calendar year).
      if (declared.has('from')) expect(params.from).toBe('2024-01-01T16:00:00.000Z');
      if (declared.has('hazardId')) expect(params.hazardId).toBe(LONG_HAZARD_ID);
    }
  });

  it('mixes inspections and documents in among the hazards, through their deciders', () => {
    const dataset = new Dataset({ events: 6000, seed: 3, enforcementEvery: 2 });
    const kinds = (k: string) => dataset.streams.filter((s) => s.kind === k);
    expect(kinds('inspection').length).toBeGreaterThan(0);
    expect(Math.abs(kinds('inspection').length - kinds('document').length)).toBeLessThanOrEqual(1);
    expect(kinds('inspection').length * 2).toBeLessThanOrEqual(dataset.hazards);
    const index = dataset.streams.findIndex((s) => s.kind === 'document');
    const types = dataset.streamEvents(index).map((e) => e.type);
    expect(types[0]).toBe('DocumentDrafted');
    expect(types).toContain('DocumentSigned');
    const inspection = dataset.streamEvents(index - 1);
    expect(inspection.map((e) => e.type)).toContain('InspectionCompleted');
    expect((dataset.streamEvents(index)[0].data as { inspectionId: string }).inspectionId).toBe(
      (inspection[0].data as { inspectionId: string }).inspectionId,
    );
  });
});
