import { streams } from '@hazard-ledger/domain';
import { ApiApp } from '../../support/api-app';
import { dutyRequests } from '../../support/duty-requests';
import { hazardRequests } from '../../support/hazard-requests';
import { startWithDemoMines } from '../hazards/hazard-steps';

describe('a hazard’s contractor must be a contractor of the hazard’s mine (real PostgreSQL)', () => {
  let api: ApiApp;
  let contractor: string;
  beforeAll(async () => {
    api = await startWithDemoMines();
    const res = await api.http
      .post('/contractors')
      .set('Authorization', await api.login('enterprise.principal'))
      .send(dutyRequests.RegisterContractor.body('mine-demo-1'));
    expect(res.status).toBe(201);
    contractor = res.body.id;
  }, 60_000);
  afterAll(() => api.close());

  const discover = async (user: string, mineId: string, contractorId: string) =>
    api.http
      .post('/hazards')
      .set('Authorization', await api.login(user))
      .send({ ...hazardRequests.DiscoverHazard.body(mineId), contractorId });
  const hazardStreams = async () =>
    (await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events WHERE stream_id LIKE 'hazard-%'`))[0].n;

  it('given the mine’s own contractor, when a hazard names it, then it is recorded (201) with the contractor', async () => {
    const res = await discover('enterprise.staff', 'mine-demo-1', contractor);
    expect(res.status).toBe(201);
    const [first] = await api.db.query<{ contractorId: string }>(
      `SELECT data->>'contractorId' AS "contractorId" FROM events WHERE stream_id = $1 ORDER BY stream_position LIMIT 1`,
      [streams.hazard(res.body.id)],
    );
    expect(first.contractorId).toBe(contractor);
  });

  it.each([
    ['another mine’s contractor', 'enterprise.other', 'mine-demo-2', () => contractor],
    ['an unknown contractor', 'enterprise.staff', 'mine-demo-1', () => 'contractor-nobody'],
  ])(
    'given %s, when a hazard names it, then 422 problem+json, bilingual, nothing written',
    async (_, user, mine, id) => {
      const before = await hazardStreams();
      const res = await discover(user, mine, id());
      expect(res.status).toBe(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(String(res.body.detail)).toMatch(/外包单位 .* 不存在或不属于该矿山 \/ Contractor .* is not of mine/);
      expect(await hazardStreams()).toBe(before);
    },
  );
});
