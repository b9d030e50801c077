import { EVENT_STORE } from '@hazard-ledger/event-store';
import { waitFor } from '@hazard-ledger/testing';
import { ApiApp } from '../../support/api-app';
import { plantDutyRecords } from '../../support/duty-requests';
import { addOtherDistrictLeader } from '../../support/matrix-actors';
import { startWithDemoMines } from '../hazards/hazard-steps';

type Page = { items: { mineId: string }[] };
const REGISTERS = ['/contractor-register', '/hidden-factor-register', '/exam-items'];

describe('issue-14 registers read by scope: the mine sees its own, the district all of its own, auditors all, admins none', () => {
  let api: ApiApp;
  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    await addOtherDistrictLeader(api);
    const store = api.app.get(EVENT_STORE);
    await plantDutyRecords(store, 'mine-demo-1', 's1');
    await plantDutyRecords(store, 'mine-demo-2', 's2');
  }, 60_000);
  afterAll(() => api.close());

  const mines = async (user: string, path: string) =>
    (
      (
        await api.http
          .get(path)
          .set('Authorization', await api.login(user))
          .expect(200)
      ).body as Page
    ).items
      .map((r) => r.mineId)
      .filter((m, i, all) => all.indexOf(m) === i)
      .sort();

  it.each(REGISTERS)(
    '%s: enterprise own mine only, district leader both, other district none, auditor both',
    async (path) => {
      // The auditor sees everything: wait until the projection shows both mines before comparing the others.
      await waitFor(async () => ((await mines('auditor', path)).length === 2 ? true : undefined), 30_000, 200);
      expect(await mines('enterprise.principal', path)).toEqual(['mine-demo-1']);
      expect(await mines('leader.wang', path)).toEqual(['mine-demo-1', 'mine-demo-2']);
      expect(await mines('leader.other', path)).toEqual([]);
      expect(await mines('investigator', path)).toEqual(['mine-demo-1', 'mine-demo-2']);
      const admin = await api.http.get(path).set('Authorization', await api.login('sysadmin'));
      expect(admin.status).toBe(403);
    },
  );

  it('the enterprise file of another mine is not found for the mine’s user, but read by the district', async () => {
    await api.http
      .post('/enterprise-files/mine-demo-1/people')
      .set('Authorization', await api.login('enterprise.principal'))
      .send({ post: 'principal', name: '赵矿长', since: '2023-05-01' })
      .expect(200);
    await waitFor(
      async () =>
        (await api.http.get('/enterprise-files/mine-demo-1').set('Authorization', await api.login('leader.wang')))
          .status === 200 || undefined,
      30_000,
      200,
    );
    const other = await api.http
      .get('/enterprise-files/mine-demo-1')
      .set('Authorization', await api.login('leader.other'));
    expect(other.status).toBe(404);
    expect(other.headers['content-type']).toContain('application/problem+json');
  });
});
