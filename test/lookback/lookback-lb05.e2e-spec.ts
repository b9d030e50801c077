import { ApiApp } from '../support/api-app';
import { finding } from '../support/hazard-requests';
import { checkBody } from '../support/monthly-duty-requests';
import { startWithDemoMines } from '../api/hazards/hazard-steps';
import { expectEvidenceVerifies, lookback, planter, signed, sleep } from './lookback-support';

const LB05 = 'LB-05-monthly-check-gaps';
const MONTHS = { from: '2025-01-15T00:00:00+08:00', to: '2025-02-15T00:00:00+08:00' };

/**
 * LB-05 over HTTP, January–February 2025. Mine 1: January signed "none found", a hazard that occurred on 10 January
 * later determined major, February not checked. November–December 2024, both checked before that hazard: clean.
 */
describe('look-back LB-05 (monthly checks missing or "none found" while a major existed)', () => {
  let api: ApiApp;
  let plant: ReturnType<typeof planter>;
  let majorId = '';
  let beforeDetermination = '';

  const check = async (mineId: string, month: string) => {
    const { id } = await plant.post(
      'enterprise.principal',
      '/monthly-checks',
      checkBody(mineId, { month, occurredAt: `${month}-20T02:00:00.000Z` }),
      201,
    );
    await plant.post('enterprise.principal', `/monthly-checks/${id}/signature`, {
      result: 'none_found',
      summary: '本月未发现重大事故隐患',
      ...signed,
    });
  };

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    plant = planter(api);
    await check('mine-demo-1', '2025-01');
    await check('mine-demo-1', '2024-11');
    await check('mine-demo-1', '2024-12');
    const body = { ...finding(), mineId: 'mine-demo-1', source: 'self_check', occurredAt: '2025-01-10T02:00:00.000Z' };
    majorId = (await plant.post('enterprise.staff', '/hazards', body, 201)).id;
    await sleep(20);
    beforeDetermination = new Date().toISOString();
    await sleep(20);
    await plant.major(majorId);
  });
  afterAll(() => api.close());

  const rowsOf = async (asOf?: string, months: Record<string, string> = MONTHS) =>
    (await lookback(api, LB05, { ...months, mineId: 'mine-demo-1', ...(asOf ? { asOf } : {}) }, plant.lastPosition()))
      .rows;

  it('before the determination: only February is missing at mine 1 (January’s "none found" not yet contradicted)', async () => {
    const rows = await rowsOf(beforeDetermination);
    expect(rows.map((r) => [r.month, r.status, r.majorHazardIds, r.noneFoundWhileMajorExisted])).toEqual([
      ['2025-02', 'missing', [], false],
    ]);
    expect(rows[0].evidence.map((e) => e.type)).toEqual(['MineRegistered']);
    expect(await expectEvidenceVerifies(api, rows)).toBe(1);
  });

  it('now: January "none found" while the later-determined major existed, February missing with it; November–December checked and clean', async () => {
    const rows = await rowsOf();
    expect(rows.map((r) => [r.month, r.status, r.result, r.majorHazardIds, r.noneFoundWhileMajorExisted])).toEqual([
      ['2025-01', 'done', 'none_found', [majorId], true],
      ['2025-02', 'missing', null, [majorId], false],
    ]);
    expect(rows[0].evidence.map((e) => e.type)).toEqual([
      'MonthlyCheckRecorded',
      'MonthlyCheckSigned',
      'HazardDiscovered',
      'MajorHazardDetermined',
    ]);
    expect(rows[0].policyVersion).toBe('monthly-check@2024.1');
    expect(await expectEvidenceVerifies(api, rows)).toBe(4 + 3);
    const clean = { from: '2024-11-15T00:00:00+08:00', to: '2024-12-15T00:00:00+08:00' };
    expect(await rowsOf(undefined, clean)).toEqual([]);
  });
});
