import { EVENT_STORE } from '@hazard-ledger/event-store';
import { ApiApp } from '../../support/api-app';
import { DutyIds, plantDutyRecords } from '../../support/duty-requests';
import { checkBody, permitBody } from '../../support/monthly-duty-requests';
import { startWithDemoMines } from '../hazards/hazard-steps';

/** Review findings on the mines' duties (issue 14), each shown against the API. */
describe('duties: review findings', () => {
  let api: ApiApp;
  const as = async (username: string) => api.login(username);

  let own: DutyIds;
  let other: DutyIds;
  const countEvents = async () => (await api.db.query<{ n: number }>('SELECT count(*)::int AS n FROM events'))[0].n;

  beforeAll(async () => {
    api = await startWithDemoMines();
    own = await plantDutyRecords(api.app.get(EVENT_STORE), 'mine-demo-1', 'rf1');
    other = await plantDutyRecords(api.app.get(EVENT_STORE), 'mine-demo-2', 'rf2');
  });
  afterAll(() => api.close());

  describe('cross-mine references: a record of one mine may not name another mine’s hazard or contractor', () => {
    const hazardAt = async (mineId: string, username: string) =>
      (
        await api.http
          .post('/hazards')
          .set('Authorization', await as(username))
          .send({
            ...{ mineId, source: 'self_check', location: '-120m 中段', description: '巷道顶板浮石未清理' },
            ...{ evidence: [], occurredAt: new Date().toISOString() },
          })
          .expect(201)
      ).body.id as string;

    it('refuses an exam finding naming a hazard of another mine or none (422, nothing written), keeps its own', async () => {
      const otherHazard = await hazardAt('mine-demo-2', 'enterprise.other');
      const ownHazard = await hazardAt('mine-demo-1', 'enterprise.staff');
      const finding = async (hazardId: string) =>
        api.http
          .post(`/exam-campaigns/${own.campaign}/items/item-1/finding`)
          .set('Authorization', await as('inspector.zhang'))
          .send({ finding: '安全管理机构未配专职人员', hazardId });
      const before = await countEvents();
      const refused = [(await finding(otherHazard)).status, (await finding('no-such-hazard')).status];
      expect({ refused, written: (await countEvents()) - before }).toEqual({ refused: [422, 422], written: 0 });
      expect((await finding(ownHazard)).status).toBe(200);
    });

    it('refuses a hot-work permit naming another mine’s contractor or none (422, nothing written), keeps its own', async () => {
      const permit = async (contractorId: string) =>
        api.http
          .post('/hot-work-permits')
          .set('Authorization', await as('enterprise.staff'))
          .send(permitBody('mine-demo-1', { contractorId }));
      const before = await countEvents();
      const refused = [(await permit(other.contractor)).status, (await permit('contractor-nowhere')).status];
      expect({ refused, written: (await countEvents()) - before }).toEqual({ refused: [422, 422], written: 0 });
      expect((await permit(own.contractor)).status).toBe(201);
    });
  });

  describe('monthly check: the named leader, judged against the principal on record, not whoever records it', () => {
    const recordAs = async (username: string, month: string, leader: object) => {
      const res = await api.http
        .post('/monthly-checks')
        .set('Authorization', await as(username))
        .send(checkBody('mine-demo-1', { month, occurredAt: `${month}-20T02:00:00.000Z`, leader }))
        .expect(201);
      const got = await api.http.get(`/monthly-checks/${res.body.id}`).set('Authorization', await as(username));
      const { leader: named, ledByPrincipal, recordedBy, principalOnRecord } = got.body.check;
      return { named: named.name, ledByPrincipal, recordedBy: recordedBy.id, principalOnRecord };
    };

    it('staff recording a check the registered principal led: led by the principal; the principal recording one the director led: not', async () => {
      expect(await recordAs('enterprise.staff', '2025-06', { name: '王建国', position: '矿长' })).toEqual({
        named: '王建国',
        ledByPrincipal: true,
        recordedBy: 'u-enterprise-staff',
        principalOnRecord: '王建国',
      });
      expect(await recordAs('enterprise.principal', '2025-07', { name: '李安监', position: '安全总监' })).toMatchObject(
        {
          named: '李安监',
          ledByPrincipal: false,
          recordedBy: 'u-enterprise-principal',
        },
      );
    });

    it('once the 一企一档 file names a new principal, a check led by the old one is not led by the principal', async () => {
      await api.http
        .post('/enterprise-files/mine-demo-1/people')
        .set('Authorization', await as('enterprise.principal'))
        .send({ post: 'principal', name: '赵矿长', since: '2025-08-01' })
        .expect(200);
      expect(await recordAs('enterprise.principal', '2025-08', { name: '王建国', position: '矿长' })).toMatchObject({
        ledByPrincipal: false,
        principalOnRecord: '赵矿长',
      });
      expect(await recordAs('enterprise.safety', '2025-09', { name: '赵矿长', position: '矿长' })).toMatchObject({
        ledByPrincipal: true,
        principalOnRecord: '赵矿长',
      });
    });
  });

  describe('GET /monthly-checks/:id: another mine cannot probe which checks exist', () => {
    it('answers 403 to a user of another mine whether the check exists or not, 404 only to those in scope', async () => {
      await api.http
        .post('/monthly-checks')
        .set('Authorization', await as('enterprise.principal'))
        .send(checkBody('mine-demo-1', { month: '2025-03', occurredAt: '2025-03-20T02:00:00.000Z' }))
        .expect(201);
      const status = async (username: string, id: string) =>
        (await api.http.get(`/monthly-checks/${id}`).set('Authorization', await as(username))).status;
      expect({
        otherMineExisting: await status('enterprise.other', 'mine-demo-1.2025-03'),
        otherMineAbsent: await status('enterprise.other', 'mine-demo-1.2025-02'),
        ownExisting: await status('enterprise.staff', 'mine-demo-1.2025-03'),
        ownAbsent: await status('enterprise.staff', 'mine-demo-1.2025-02'),
        malformed: await status('enterprise.staff', 'no-month-here'),
      }).toEqual({ otherMineExisting: 403, otherMineAbsent: 403, ownExisting: 200, ownAbsent: 404, malformed: 404 });
    });
  });
});
