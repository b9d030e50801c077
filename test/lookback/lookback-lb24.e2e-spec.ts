import { ApiApp } from '../support/api-app';
import { finding } from '../support/hazard-requests';
import { startWithDemoMines } from '../api/hazards/hazard-steps';
import { expectEvidenceVerifies, lookback, planter, sleep } from './lookback-support';

const LB24 = 'LB-24-contractors';
const thisMonth = () => `${new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7)}-01`; // China Standard Time month

/**
 * LB-24 over HTTP: at mine 1 a contractor with a hazard, a qualification expired during the contract and months
 * unassessed; then three more, over the contractors@ limit of 3. Mine 2's contractor, new this month, is clean.
 */
describe('look-back LB-24 (外包: hazards, numbers, qualifications, assessments)', () => {
  let api: ApiApp;
  let plant: ReturnType<typeof planter>;
  const ids: string[] = [];
  let clean = '';
  let hazardId = '';
  let beforeOthers = '';

  const register = async (mineId: string, name: string, contractFrom: string, validUntil: string) =>
    (
      await plant.post(
        mineId === 'mine-demo-1' ? 'enterprise.principal' : 'enterprise.other',
        '/contractors',
        {
          mineId,
          name,
          qualification: { certificateNo: `(晋)JZ安许证字[2023]${name}`, level: '矿山工程施工总承包二级', validUntil },
          contractFrom,
          contractTo: '2030-12-31',
          workScope: ['掘进', '支护'],
        },
        201,
      )
    ).id;

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    plant = planter(api);
    ids.push(await register('mine-demo-1', '晋东井巷', '2024-01-01', '2025-06-30'));
    hazardId = (
      await plant.post(
        'enterprise.staff',
        '/hazards',
        { ...finding(), mineId: 'mine-demo-1', contractorId: ids[0] },
        201,
      )
    ).id;
    await sleep(20);
    beforeOthers = new Date().toISOString();
    await sleep(20);
    for (const name of ['甲', '乙', '丙']) ids.push(await register('mine-demo-1', name, thisMonth(), '2099-12-31'));
    clean = await register('mine-demo-2', '晋南爆破', thisMonth(), '2099-12-31');
  });
  afterAll(() => api.close());

  it('before the three others: the first contractor, with its hazard, expired qualification and unassessed months', async () => {
    const { rows } = await lookback(api, LB24, { asOf: beforeOthers }, plant.lastPosition());
    expect(rows.map((r) => [r.contractorId, r.hazardIds, r.overLimit, r.qualificationExpiredOn])).toEqual([
      [ids[0], [hazardId], false, '2025-06-30'],
    ]);
    expect((rows[0].missingMonths as string[]).slice(0, 2)).toEqual(['2024-01', '2024-02']);
    expect(rows[0].policyVersion).toBe('contractors@2021.1');
    expect(rows[0].evidence.map((e) => e.type)).toEqual(['ContractorRegistered', 'HazardDiscovered']);
    expect(await expectEvidenceVerifies(api, rows)).toBe(2);
  });

  it('now: four active at mine 1 against a limit of 3, all listed; mine 2’s contractor is clean', async () => {
    const { rows } = await lookback(api, LB24, {}, plant.lastPosition());
    expect(rows.map((r) => [r.contractorId, r.mineId, r.activeAtMine, r.maxPerMine, r.overLimit])).toEqual(
      ids.map((id) => [id, 'mine-demo-1', 4, 3, true]),
    );
    expect(rows.map((r) => r.contractorId)).not.toContain(clean);
    expect(rows[3].qualificationExpiredOn).toBeNull();
    expect(rows[3].evidence.filter((e) => e.type === 'ContractorRegistered')).toHaveLength(4);
    expect(await expectEvidenceVerifies(api, rows)).toBe(4 * 4 + 1);
  });
});
