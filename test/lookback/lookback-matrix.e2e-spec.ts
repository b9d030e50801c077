import { lookbackCaseCommandAccess } from '@hazard-ledger/domain';
import { ApiApp } from '../support/api-app';
import { matrixCells } from '../support/matrix-actors';
import { startWithDemoMines } from '../api/hazards/hazard-steps';

const READERS = ['auditor', 'investigator'];
const openBody = {
  title: '矩阵',
  subject: { mineIds: ['mine-demo-1'], personIds: [] },
  scope: '全部',
  legalBasis: '第九十条',
};

/** Roles × look-back endpoints, generated from the access table (every role of ROLES, its own-scope demo user). */
describe('look-back authorisation matrix', () => {
  let api: ApiApp;
  let caseId: string;
  const cells = matrixCells().filter((c) => c.scope === 'own');

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    const res = await api.http
      .post('/lookback-cases')
      .set('Authorization', await api.login('investigator'))
      .send(openBody);
    caseId = res.body.id;
  });
  afterAll(() => api.close());

  it.each(cells.map((c) => [c.role, c.username] as const))('%s (%s)', async (role, username) => {
    const auth = { Authorization: await api.login(username) };
    const reads = READERS.includes(role);
    const mayCase = lookbackCaseCommandAccess.OpenLookbackCase.roles.includes(role);
    const statuses = {
      catalogue: (await api.http.get('/lookback').set(auth)).status,
      query: (await api.http.get('/lookback/LB-10-downgrades-amendments').set(auth)).status,
      search: (await api.http.get('/lookback/events').set(auth)).status,
      caseRead: (await api.http.get(`/lookback-cases/${caseId}`).set(auth)).status,
      runInCase: (await api.http.get('/lookback/LB-10-downgrades-amendments').query({ caseId }).set(auth)).status,
      open: (await api.http.post('/lookback-cases').set(auth).send(openBody)).status,
    };
    expect(statuses).toEqual({
      catalogue: reads ? 200 : 403,
      query: reads ? 200 : 403,
      search: reads ? 200 : 403,
      caseRead: reads ? 200 : 403,
      runInCase: mayCase ? 200 : 403,
      open: mayCase ? 201 : 403,
    });
  });
});
