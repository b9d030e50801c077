import { ApiApp } from '../support/api-app';
import { findingBody, recordInspectionBody } from '../support/inspection-requests';
import { startWithDemoMines } from '../api/hazards/hazard-steps';
import { expectEvidenceVerifies, lookback, planter, signed, sleep } from './lookback-support';

const LB03 = 'LB-03-basic-condition-unfound';
const LB08 = 'LB-08-repeated-findings';
const LB20 = 'LB-20-producing-with-major-open';
const LB21 = 'LB-21-closure-trigger';

/** LB-03, LB-08 and LB-20 over HTTP on one app, planted on mine-demo-1 with clean records beside, at two cuts. */
describe('look-back LB-03 (basic condition unfound), LB-08 (repeated findings), LB-20 (producing with a major open)', () => {
  let api: ApiApp;
  let plant: ReturnType<typeof planter>;
  const ids: Record<string, string> = {};
  const cuts: Record<string, string> = {};
  const mark = async (name: string) => {
    await sleep(20);
    cuts[name] = new Date().toISOString();
    await sleep(20);
  };
  const inspect = async (mineId: string, minutesAgo: number) =>
    (
      await plant.post(
        'inspector.zhang',
        '/inspections',
        recordInspectionBody(mineId, { occurredAt: new Date(Date.now() - minutesAgo * 60_000).toISOString() }),
        201,
      )
    ).id;
  const find = async (inspectionId: string, clauseId: string) =>
    (
      (await plant.post(
        'inspector.zhang',
        `/inspections/${inspectionId}/findings`,
        findingBody(clauseId),
        201,
      )) as unknown as { hazardId: string }
    ).hazardId;

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    plant = planter(api);
    // An inspection that examined UG-01 and signed "no major hazard"; it found UG-20 (first time).
    ids.inspection = await inspect('mine-demo-1', 600);
    await plant.post('inspector.zhang', `/inspections/${ids.inspection}/clauses`, {
      clauses: [{ clauseId: 'MHS2022-UG-01', note: '两个安全出口畅通' }],
    });
    ids.firstFinding = await find(ids.inspection, 'MHS2022-UG-20');
    await plant.post('inspector.zhang', `/inspections/${ids.inspection}/result`, {
      result: 'no_major_hazard',
      summary: '未发现重大事故隐患',
    });
    await plant.post('inspector.zhang', `/inspections/${ids.inspection}/signatures`, signed);
    const otherMine = await inspect('mine-demo-2', 600);
    await find(otherMine, 'MHS2022-UG-20');
    await mark('beforeSecondFinding');
    ids.second = await inspect('mine-demo-1', 300);
    ids.secondFinding = await find(ids.second, 'MHS2022-UG-20');
    // A monitoring alert finds a basic-condition hazard (UG-01, exits) the inspection had signed off as fine.
    ids.alerted = await plant.hazard(
      'mine-demo-1',
      'enterprise.staff',
      '采场东侧安全出口被废石堵塞',
      'monitoring_alert',
    );
    ids.selfFound = await plant.hazard('mine-demo-1', 'enterprise.staff', '采场西侧安全出口堵塞');
    await mark('beforeDetermination');
    await plant.major(ids.alerted);
    await plant.major(ids.selfFound);
    await mark('beforeSuspension');
    await plant.post('enterprise.principal', `/hazards/${ids.selfFound}/suspension`, {
      scope: 'full',
      orderNo: '矿停〔2024〕1号',
    });
  }, 120_000);
  afterAll(() => api.close());

  const run = (id: string, q: Record<string, string> = {}) => lookback(api, id, q, plant.lastPosition());

  it('LB-03 lists the alert-found basic-condition hazard with the inspection that signed "no major hazard"', async () => {
    const { rows } = await run(LB03);
    expect(rows.map((r) => [r.hazardId, r.clauseId, r.source])).toEqual([
      [ids.alerted, 'MHS2022-UG-01', 'monitoring_alert'],
    ]);
    expect(rows[0].earlierInspections).toEqual([
      {
        inspectionId: ids.inspection,
        startedAt: expect.any(String),
        team: ['u-leader-wang', 'u-inspector-zhang', 'u-inspector-li'],
        clausesExamined: ['MHS2022-UG-01'],
        result: 'no_major_hazard',
        signedBy: ['u-inspector-zhang'],
      },
      {
        inspectionId: ids.second,
        startedAt: expect.any(String),
        team: ['u-leader-wang', 'u-inspector-zhang', 'u-inspector-li'],
        clausesExamined: [],
        result: null,
        signedBy: [],
      },
    ]);
    expect(rows[0].evidence.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'InspectionRecorded',
        'ClausesExamined',
        'InspectionResultSigned',
        'MajorHazardDetermined',
      ]),
    );
    expect(await expectEvidenceVerifies(api, rows)).toBe(rows[0].evidence.length);
  });

  it('LB-03 before the determination: nothing', async () =>
    expect((await run(LB03, { asOf: cuts.beforeDetermination })).rows).toEqual([]));

  it('LB-08: UG-20 found twice at mine-demo-1, never escalated; once at mine-demo-2 is not listed', async () => {
    const { rows } = await run(LB08);
    expect(rows.map((r) => [r.mineId, r.clauseId, r.inspectionIds, r.hazardIds])).toEqual([
      ['mine-demo-1', 'MHS2022-UG-20', [ids.inspection, ids.second], [ids.firstFinding, ids.secondFinding]],
    ]);
    expect(await expectEvidenceVerifies(api, rows)).toBe(2);
    expect((await run(LB08, { asOf: cuts.beforeSecondFinding })).rows).toEqual([]);
  });

  it('LB-20: the alert-found major hazard still producing; the suspended one produced until its suspension', async () => {
    const { rows } = await run(LB20);
    expect(rows.map((r) => [r.hazardId, r.stillProducing, (r.intervals as unknown[]).length])).toEqual([
      [ids.alerted, true, 1],
      [ids.selfFound, false, 1],
    ]);
    expect(rows[0].knownBy).toEqual(['enterprise', 'enterprise_principal', 'reporter']);
    expect(rows[1].evidence.map((e) => e.type)).toEqual(['MajorHazardDetermined', 'ProductionSuspended']);
    expect(await expectEvidenceVerifies(api, rows)).toBe(3);
  });

  it('LB-20 before the suspension both were producing; before any determination, none', async () => {
    const before = await run(LB20, { asOf: cuts.beforeSuspension });
    expect(before.rows.map((r) => [r.hazardId, r.stillProducing])).toEqual([
      [ids.alerted, true],
      [ids.selfFound, true],
    ]);
    expect((await run(LB20, { asOf: cuts.beforeDetermination })).rows).toEqual([]);
  });

  it('LB-21: two producing-with-a-major episodes within three months at mine-demo-1, not closed; none before', async () => {
    const { rows } = await run(LB21);
    expect(rows.map((r) => [r.mineId, r.episodes, r.mineClosed])).toEqual([
      [
        'mine-demo-1',
        [
          { hazardId: ids.alerted, from: expect.any(String) },
          { hazardId: ids.selfFound, from: expect.any(String) },
        ],
        false,
      ],
    ]);
    expect(await expectEvidenceVerifies(api, rows)).toBe(2);
    expect((await run(LB21, { asOf: cuts.beforeDetermination })).rows).toEqual([]);
  });
});
