import { anEvidence } from '../support/hazard-requests';
import { ApiApp } from '../support/api-app';
import { startWithDemoMines } from '../api/hazards/hazard-steps';
import { Row, expectEvidenceVerifies, lookback, planter, signed, sleep } from './lookback-support';

const LB10 = 'LB-10-downgrades-amendments';
const LB18 = 'LB-18-dual-report-gaps';

/**
 * LB-10 and LB-18 over HTTP on one app: planted patterns on mine-demo-1, a clean record on mine-demo-2, each query
 * at a cut before and after the pattern, and every evidence ref recomputed against the log.
 */
describe('look-back LB-10 (downgrades, amendments) and LB-18 (双报告 gaps)', () => {
  let api: ApiApp;
  let plant: ReturnType<typeof planter>;
  const ids: Record<string, string> = {};
  let beforeDowngrade: string;

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    plant = planter(api);
    // Planted on mine-demo-1: a major hazard with no report, later downgraded by a leader.
    ids.downgraded = await plant.hazard('mine-demo-1');
    await plant.major(ids.downgraded);
    // A major hazard reported to the regulator only; one reported to both (clean for LB-18).
    ids.halfReported = await plant.hazard('mine-demo-1');
    await plant.major(ids.halfReported);
    await plant.report(ids.halfReported, 'regulator');
    ids.fullyReported = await plant.hazard('mine-demo-1');
    await plant.major(ids.fullyReported);
    await plant.report(ids.fullyReported, 'regulator');
    await plant.report(ids.fullyReported, 'workers_congress');
    // Clean for both on mine-demo-2: an honest general hazard, never amended.
    ids.clean = await plant.hazard('mine-demo-2', 'enterprise.other', '消防器材未按期检验');
    await plant.general(ids.clean, 'enterprise.other');
    await sleep(20);
    beforeDowngrade = new Date().toISOString();
    await sleep(20);
    await plant.post('leader.wang', `/hazards/${ids.downgraded}/grade-change`, {
      to: 'general',
      reason: '专家论证 / expert review',
      technicalGrounds: '复核测量满足要求 / re-measured within limits',
      evidence: [anEvidence('expert-opinion.pdf', 'e7')],
      ...signed,
    });
    await plant.post('enterprise.staff', `/hazards/${ids.downgraded}/description-amendment`, {
      next: '采场东侧出口有少量废石',
      reason: '现场复核 / re-checked on site',
    });
  });
  afterAll(() => api.close());

  const run = (id: string, query: Record<string, string> = {}) => lookback(api, id, query, plant.lastPosition());
  const hazardsOf = (rows: Row[]) => rows.map((r) => r.hazardId);

  it('LB-10 lists exactly the downgrade and the amendment, with who, why and the diff', async () => {
    const { rows, cut } = await run(LB10);
    expect(cut.throughPosition).toMatch(/^\d+$/);
    expect(rows.map((r) => [r.hazardId, r.kind, r.before, r.after])).toEqual([
      [ids.downgraded, 'downgrade', 'major', 'general'],
      [ids.downgraded, 'description_amended', '采场东侧安全出口被废石堵塞', '采场东侧出口有少量废石'],
    ]);
    expect(rows[0]).toMatchObject({
      mineId: 'mine-demo-1',
      by: { id: 'u-leader-wang', role: 'supervising_leader' },
      reason: '专家论证 / expert review',
      technicalGrounds: '复核测量满足要求 / re-measured within limits',
      originalDescription: '采场东侧安全出口被废石堵塞',
    });
    expect(rows[0].evidence.map((e) => e.type)).toEqual(['HazardDiscovered', 'HazardGradeChanged']);
    expect(rows[1].evidence.map((e) => [e.type, e.actor.id])).toEqual([
      ['HazardDiscovered', 'u-enterprise-staff'],
      ['HazardDescriptionAmended', 'u-enterprise-staff'],
    ]);
    expect(await expectEvidenceVerifies(api, rows)).toBe(4);
  });

  it('LB-10 as of a date before the downgrade finds nothing; the clean mine never shows', async () => {
    const before = await run(LB10, { asOf: beforeDowngrade });
    expect(before.rows).toEqual([]);
    expect(before.cut.asOf).toBe(beforeDowngrade);
    expect((await run(LB10, { mineId: 'mine-demo-2' })).rows).toEqual([]);
  });

  it('LB-18 before the downgrade: the unreported and the half-reported major hazards, with the gaps', async () => {
    const { rows } = await run(LB18, { asOf: beforeDowngrade });
    expect(hazardsOf(rows).sort()).toEqual([ids.downgraded, ids.halfReported].sort());
    const half = rows.find((r) => r.hazardId === ids.halfReported)!;
    expect(half).toMatchObject({ lacking: ['workers_congress'], clauseId: 'MHS2022-UG-01', regulatorLate: false });
    expect(half.regulatorReportedAt).toEqual(expect.any(String));
    expect(half.evidence.map((e) => e.type)).toEqual(['MajorHazardDetermined', 'DualReportSubmitted']);
    const none = rows.find((r) => r.hazardId === ids.downgraded)!;
    expect(none).toMatchObject({ lacking: ['regulator', 'workers_congress'], regulatorReportedAt: null });
    expect(await expectEvidenceVerifies(api, rows)).toBe(3);
  });

  it('LB-18 now: the downgraded hazard is no longer major, the fully reported one never shows', async () => {
    const { rows } = await run(LB18);
    expect(hazardsOf(rows)).toEqual([ids.halfReported]);
    expect(hazardsOf((await run(LB18, { mineId: 'mine-demo-2' })).rows)).toEqual([]);
  });

  it('the same query at the same cut answers byte-identically', async () => {
    const asOf = new Date().toISOString();
    const a = await run(LB18, { asOf });
    const b = await run(LB18, { asOf });
    expect(JSON.stringify(b.rows)).toBe(JSON.stringify(a.rows));
    expect(b.cut).toEqual(a.cut);
  });
});
