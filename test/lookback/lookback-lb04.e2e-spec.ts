import ExcelJS from 'exceljs';
import { ApiApp } from '../support/api-app';
import { finding } from '../support/hazard-requests';
import { findingBody, recordInspectionBody } from '../support/inspection-requests';
import { startWithDemoMines } from '../api/hazards/hazard-steps';
import { Row, download, expectEvidenceVerifies, lookback, planter, signed, sleep } from './lookback-support';

const LB04 = 'LB-04-condition-before-clean-inspection';
const FAN_ROOM = '-120m 中段 主扇风机房';
const EXIT = '-80m 中段 2# 安全出口';
const iso = (minutesAgo = 0) => new Date(Date.now() - minutesAgo * 60_000).toISOString();

/**
 * LB-04 over HTTP. Mine 1 (planted): the enterprise recorded a UG-20 ventilation hazard and the census a goaf; an
 * inspection then examined UG-20 and UG-17 and two inspectors signed "no major hazard"; later a monitoring alert
 * finds UG-20 in the same fan room and a UG-17 void in the goaf's area. Mine 2 (clean): an inspection before the
 * UG-01 condition was dated, and one after it that found UG-01.
 */
describe('look-back LB-04 (physical condition predates an inspection signed "no major hazard")', () => {
  let api: ApiApp;
  let plant: ReturnType<typeof planter>;
  const ids: Record<string, string> = {};
  const cuts: Record<string, string> = {};
  const times: Record<string, string> = {};
  const mark = async (name: string) => {
    await sleep(20);
    cuts[name] = new Date().toISOString();
    await sleep(20);
  };
  const hazard = async (mineId: string, clauseId: string, location: string, source: string, occurredAt: string) => {
    const body = { ...finding(), mineId, location, source, occurredAt };
    // Mine 2's enterprise has no principal among the demo users: its inspector determines the grade there.
    const [finder, determiner] =
      mineId === 'mine-demo-1' ? ['enterprise.staff', 'enterprise.principal'] : ['enterprise.other', 'inspector.zhang'];
    const { id } = await plant.post(finder, '/hazards', body, 201);
    await plant.post(determiner, `/hazards/${id}/major-determination`, { clauseId, ...signed });
    return id;
  };
  const inspect = async (mineId: string, occurredAt: string, clauses: { clauseId: string; note: string }[]) => {
    const { id } = await plant.post(
      'inspector.zhang',
      '/inspections',
      recordInspectionBody(mineId, { occurredAt }),
      201,
    );
    await plant.post('inspector.zhang', `/inspections/${id}/clauses`, { clauses });
    return id;
  };
  const conclude = async (id: string, result: string) => {
    await plant.post('inspector.zhang', `/inspections/${id}/result`, { result, summary: '检查结论 / conclusion' });
    await plant.post('inspector.zhang', `/inspections/${id}/signatures`, signed);
    await plant.post('inspector.li', `/inspections/${id}/signatures`, signed);
  };

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    plant = planter(api);
    // Mine 1: the condition on record (a self-reported hazard found ten hours ago; a census goaf), then the inspection.
    times.earlier = iso(600);
    ids.earlier = await hazard('mine-demo-1', 'MHS2022-UG-20', FAN_ROOM, 'self_check', times.earlier);
    const goaf = { kind: 'goaf', location: '-120m 中段 3# 采场下盘', size: { areaM2: 900 }, method: 'survey' };
    ids.goaf = (
      await plant.post(
        'enterprise.staff',
        '/hidden-factors',
        { ...goaf, mineId: 'mine-demo-1', mapRef: 'CK-2024-03 B4', foundOn: '2024-03-01' },
        201,
      )
    ).id;
    await sleep(1100);
    ids.inspection = await inspect('mine-demo-1', iso(), [
      { clauseId: 'MHS2022-UG-20', note: '主扇运转正常' },
      { clauseId: 'MHS2022-UG-17', note: '采空区已处理' },
    ]);
    await conclude(ids.inspection, 'no_major_hazard');
    // Mine 2 (clean): one inspection before the UG-01 condition was dated, one after it that found it.
    ids.before = await inspect('mine-demo-2', iso(600), [{ clauseId: 'MHS2022-UG-01', note: '出口畅通' }]);
    await conclude(ids.before, 'no_major_hazard');
    ids.exit = await hazard('mine-demo-2', 'MHS2022-UG-01', EXIT, 'self_check', iso(300));
    await sleep(1100);
    ids.finder = await inspect('mine-demo-2', iso(), [{ clauseId: 'MHS2022-UG-20', note: '通风正常' }]);
    const found = { ...findingBody('MHS2022-UG-01'), location: EXIT, occurredAt: iso() };
    await plant.post('inspector.zhang', `/inspections/${ids.finder}/findings`, found, 201);
    await conclude(ids.finder, 'major_hazard_found');
    await mark('beforeAlert');
    await sleep(1100);
    ids.alerted = await hazard('mine-demo-1', 'MHS2022-UG-20', FAN_ROOM, 'monitoring_alert', iso());
    await mark('beforeVoid');
    ids.void = await hazard('mine-demo-1', 'MHS2022-UG-17', '-120m 中段 3# 采场', 'monitoring_alert', iso());
  }, 120_000);
  afterAll(() => api.close());

  const run = (q: Record<string, string> = {}) => lookback(api, LB04, q, plant.lastPosition());
  const signers = (row: Row) =>
    (row.earlierInspections as { signers: { userId: string; leader: boolean }[] }[]).map((i) =>
      i.signers.map((s) => [s.userId, s.leader]),
    );

  it('now: both alert-found hazards, each with the inspection that signed "no major hazard" and its evidence', async () => {
    const { rows } = await run();
    expect(rows.map((r) => [r.hazardId, r.clauseId, r.mineId])).toEqual([
      [ids.alerted, 'MHS2022-UG-20', 'mine-demo-1'],
      [ids.void, 'MHS2022-UG-17', 'mine-demo-1'],
    ]);
    const [alerted, voided] = rows;
    expect(alerted.conditionEvidence).toEqual([
      { kind: 'earlier_hazard', id: ids.earlier, since: times.earlier, until: null },
    ]);
    expect(alerted.conditionSince).toBe(times.earlier);
    expect(alerted.earlierInspections).toEqual([
      {
        inspectionId: ids.inspection,
        kind: 'unannounced',
        startedAt: expect.any(String),
        examinedClause: true,
        clauseNote: '主扇运转正常',
        result: 'no_major_hazard',
        signers: [expect.objectContaining({ name: '张明' }), expect.objectContaining({ name: '李强' })],
        conditionStanding: [{ kind: 'earlier_hazard', id: ids.earlier }],
      },
    ]);
    expect(signers(alerted)).toEqual([
      [
        ['u-inspector-zhang', false],
        ['u-inspector-li', false],
      ],
    ]);
    expect(voided.conditionEvidence).toEqual([
      { kind: 'census_factor', id: ids.goaf, since: '2024-02-29T16:00:00.000Z', until: null },
    ]);
    expect(voided.policyVersion).toBe('lookback@2026.2');
    expect(alerted.evidence.map((e) => e.type)).toEqual([
      'HazardDiscovered',
      'MajorHazardDetermined',
      'InspectionRecorded',
      'ClausesExamined',
      'InspectionResultRecorded',
      'InspectionResultSigned',
      'InspectionResultSigned',
      'HazardDiscovered',
      'MajorHazardDetermined',
    ]);
    expect(alerted.evidence[0].streamId).toContain(ids.earlier);
    expect(voided.evidence.map((e) => e.type)).toContain('HiddenFactorRecorded');
    expect(await expectEvidenceVerifies(api, rows)).toBe(alerted.evidence.length + voided.evidence.length);
  });

  it('mine 2 is clean: an inspection before the condition, and one that found it, are not listed', async () => {
    expect((await run({ mineId: 'mine-demo-2' })).rows).toEqual([]);
    // Not for want of a record: the UG-01 hazard and both signed inspections are there.
    const timeline = await lookback(api, 'LB-02-mine-timeline', { mineId: 'mine-demo-2' }, plant.lastPosition());
    const acts = timeline.rows.map((r) => [r.type, r.entityId]);
    expect(acts).toEqual(
      expect.arrayContaining([
        ['MajorHazardDetermined', ids.exit],
        ['InspectionResultSigned', ids.before],
        ['InspectionFindingRecorded', ids.finder],
      ]),
    );
  });

  it('as of earlier cuts: only the UG-20 hazard before the void was found, nothing before the alert', async () => {
    const { rows, cut } = await run({ asOf: cuts.beforeVoid });
    expect(cut.asOf).toBe(cuts.beforeVoid);
    expect(rows.map((r) => r.hazardId)).toEqual([ids.alerted]);
    expect(await expectEvidenceVerifies(api, rows)).toBe(9);
    expect((await run({ asOf: cuts.beforeAlert })).rows).toEqual([]);
  });

  it('the period bounds the hazards listed by their recording, not the evidence or inspections before them', async () => {
    const { rows } = await run({ from: cuts.beforeVoid });
    expect(rows.map((r) => [r.hazardId, (r.earlierInspections as { inspectionId: string }[])[0].inspectionId])).toEqual(
      [[ids.void, ids.inspection]],
    );
  });

  it('auditors read and export it (Chinese headers, evidence column); inspectors and enterprises may not', async () => {
    const path = `/lookback/${LB04}/export.xlsx?minPosition=${plant.lastPosition()}`;
    const res = await download(api, 'auditor', path);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as never);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('隐患 hazard');
    expect(sheet.rowCount).toBe(3);
    expect(String(sheet.getRow(2).getCell(sheet.getRow(1).cellCount).value)).toContain(
      `inspection-${ids.inspection}#0`,
    );
    for (const username of ['inspector.zhang', 'leader.wang', 'enterprise.principal'])
      expect((await download(api, username, `/lookback/${LB04}`)).status).toBe(403);
  });
});
