import { ApiApp } from '../support/api-app';
import { finding } from '../support/hazard-requests';
import { permitBody } from '../support/monthly-duty-requests';
import { startWithDemoMines } from '../api/hazards/hazard-steps';
import { expectEvidenceVerifies, lookback, planter, signed, sleep } from './lookback-support';

const LB25 = 'LB-25-hot-work-without-permit';
const LB26 = 'LB-26-voids-not-in-census';
const WELD = '-120m 中段 2# 溜井口';
const GOAF = '-120m 中段 3# 采场下盘';

/**
 * LB-25 and LB-26 over HTTP at mine 1. Hot work: a UG-29 hazard at the place and time of a permit (flagged until the
 * permit is approved) and one elsewhere with none. Voids: a UG-17 hazard before any census entry, one in the area
 * of a goaf the census recorded (clean), one elsewhere after it.
 */
describe('look-back LB-25 (hot work without a permit) and LB-26 (voids the census did not show)', () => {
  let api: ApiApp;
  let plant: ReturnType<typeof planter>;
  const ids: Record<string, string> = {};
  const cuts: Record<string, string> = {};

  const hazard = async (location: string, clauseId: string) => {
    const { id } = await plant.post(
      'enterprise.staff',
      '/hazards',
      { ...finding(), mineId: 'mine-demo-1', location },
      201,
    );
    await plant.major(id, clauseId);
    return id;
  };
  const mark = async (name: string) => {
    await sleep(20);
    cuts[name] = new Date().toISOString();
    await sleep(20);
  };

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    plant = planter(api);
    ids.permit = (await plant.post('enterprise.safety', '/hot-work-permits', permitBody('mine-demo-1'), 201)).id;
    ids.welded = await hazard(WELD, 'MHS2022-UG-29');
    ids.voidFirst = await hazard('-200m 中段 5# 采场', 'MHS2022-UG-17');
    await mark('early');
    await plant.post('enterprise.principal', `/hot-work-permits/${ids.permit}/approval`, {
      precautions: ['清理周边 10 m 内可燃物', '专人监护'],
      ...signed,
    });
    ids.unpermitted = await hazard('-300m 中段 变电所', 'MHS2022-UG-29');
    const factor = { kind: 'goaf', location: GOAF, size: { areaM2: 1200, heightM: 8 }, method: 'survey' };
    await plant.post(
      'enterprise.staff',
      '/hidden-factors',
      { ...factor, mineId: 'mine-demo-1', mapRef: 'CK-2024-03 B4', foundOn: '2024-03-01' },
      201,
    );
    ids.voidInArea = await hazard('-120m 中段 3# 采场', 'MHS2022-UG-17');
    ids.voidElsewhere = await hazard('-250m 中段 1# 采场', 'MHS2022-UG-17');
  });
  afterAll(() => api.close());

  it('LB-25 early: the UG-29 hazard at the permit’s place is flagged — its permit was requested, not approved', async () => {
    const { rows } = await lookback(api, LB25, { asOf: cuts.early }, plant.lastPosition());
    expect(
      rows.map((r) => [r.hazardId, r.withoutPermit, (r.permits as { permitId: string }[]).map((p) => p.permitId)]),
    ).toEqual([[ids.welded, true, [ids.permit]]]);
    expect(await expectEvidenceVerifies(api, rows)).toBe(3);
  });

  it('LB-25 now: the welded hazard has its approved permit (clean); the one elsewhere has none (flagged)', async () => {
    const { rows } = await lookback(api, LB25, {}, plant.lastPosition());
    expect(rows.map((r) => [r.hazardId, r.withoutPermit, r.clauseId])).toEqual([
      [ids.welded, false, 'MHS2022-UG-29'],
      [ids.unpermitted, true, 'MHS2022-UG-29'],
    ]);
    expect(rows[0].evidence.map((e) => e.type)).toEqual([
      'HotWorkPermitRequested',
      'HazardDiscovered',
      'MajorHazardDetermined',
      'HotWorkPermitApproved',
    ]);
    expect(rows[1].permits).toEqual([]);
    expect(rows[0].policyVersion).toBe('lookback@2026.2');
    expect(await expectEvidenceVerifies(api, rows)).toBe(6);
  });

  it('LB-26 early: the void hazard recorded before any census entry', async () => {
    const { rows } = await lookback(api, LB26, { asOf: cuts.early }, plant.lastPosition());
    expect(rows.map((r) => [r.hazardId, r.reason, r.voidsAtMine])).toEqual([[ids.voidFirst, 'none_at_mine', 0]]);
    expect(await expectEvidenceVerifies(api, rows)).toBe(2);
  });

  it('LB-26 now: also the one elsewhere after the census; the one in the goaf’s area is clean', async () => {
    const { rows } = await lookback(api, LB26, {}, plant.lastPosition());
    expect(rows.map((r) => [r.hazardId, r.reason, r.voidsAtMine])).toEqual([
      [ids.voidFirst, 'none_at_mine', 0],
      [ids.voidElsewhere, 'none_in_area', 1],
    ]);
    expect(rows[1].evidence.map((e) => e.type)).toEqual([
      'HiddenFactorRecorded',
      'HazardDiscovered',
      'MajorHazardDetermined',
    ]);
    expect(await expectEvidenceVerifies(api, rows)).toBe(5);
  });

  it('LB-02: mine 1’s timeline includes the permit and the census entry, marked by kind', async () => {
    const { rows } = await lookback(api, 'LB-02-mine-timeline', { mineId: 'mine-demo-1' }, plant.lastPosition());
    const kinds = rows.map((r) => [r.category, r.type]);
    expect(kinds).toContainEqual(['hot-work-permit', 'HotWorkPermitRequested']);
    expect(kinds).toContainEqual(['hot-work-permit', 'HotWorkPermitApproved']);
    expect(kinds).toContainEqual(['hidden-factor', 'HiddenFactorRecorded']);
    const early = await lookback(
      api,
      'LB-02-mine-timeline',
      { mineId: 'mine-demo-1', asOf: cuts.early },
      plant.lastPosition(),
    );
    expect(early.rows.map((r) => r.category)).not.toContain('hidden-factor');
  });
});
