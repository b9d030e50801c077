import { ApiApp } from '../../support/api-app';
import { checkBody } from '../../support/monthly-duty-requests';
import { startWithDemoMines } from '../hazards/hazard-steps';

/** Review findings on the mines' duties (issue 14), each shown against the API. */
describe('duties: review findings', () => {
  let api: ApiApp;
  const as = async (username: string) => api.login(username);

  beforeAll(async () => {
    api = await startWithDemoMines();
  });
  afterAll(() => api.close());

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
