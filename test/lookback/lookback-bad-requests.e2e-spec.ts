import { ApiApp } from '../support/api-app';
import { startWithDemoMines } from '../api/hazards/hazard-steps';

const LB10 = '/lookback/LB-10-downgrades-amendments';
const openBody = { title: 't', subject: { mineIds: ['mine-demo-1'], personIds: [] }, scope: 's', legalBasis: 'b' };

/** Bad look-back requests: 4xx problem+json with zh-CN and English text, and nothing written to the log. */
describe('look-back bad requests', () => {
  let api: ApiApp;
  let caseId: string;
  const events = async () => (await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`))[0].n;

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    caseId = (
      await api.http
        .post('/lookback-cases')
        .set('Authorization', await api.login('investigator'))
        .send(openBody)
    ).body.id;
  });
  afterAll(() => api.close());

  const cases: [string, 'get' | 'post', () => string, object | undefined, number][] = [
    ['asOf without a zone', 'get', () => `${LB10}?asOf=2024-06-30`, undefined, 400],
    ['mineId with a slash', 'get', () => `${LB10}?mineId=../mine`, undefined, 400],
    ['jurisdiction not six digits', 'get', () => `${LB10}?jurisdiction=14`, undefined, 400],
    ['from after to', 'get', () => `${LB10}?from=2025-01-01T00:00:00Z&to=2024-01-01T00:00:00Z`, undefined, 400],
    ['an unknown parameter', 'get', () => `${LB10}?hazard=x`, undefined, 400],
    [
      'a valid-time cut (not applied by any query)',
      'get',
      () => `${LB10}?validAt=2024-06-30T00:00:00Z`,
      undefined,
      400,
    ],
    ['search: a valid-time cut', 'get', () => '/lookback/events?validAt=2024-06-30T00:00:00Z', undefined, 400],
    [
      'freeze: a valid-time cut',
      'post',
      () => `/lookback-cases/${caseId}/frozen-answers`,
      { queryId: 'LB-10-downgrades-amendments', validAt: '2024-06-30T00:00:00Z' },
      400,
    ],
    ['an unknown query', 'get', () => '/lookback/LB-99-nothing', undefined, 404],
    ['LB-01 without its hazard', 'get', () => '/lookback/LB-01-hazard-timeline', undefined, 400],
    ['an unknown case', 'get', () => `${LB10}?caseId=no-such-case`, undefined, 404],
    ['a malformed minPosition', 'get', () => `${LB10}?minPosition=12`, undefined, 400],
    ['search: a lower-case type', 'get', () => '/lookback/events?types=hazardVoided', undefined, 400],
    ['search: limit 0', 'get', () => '/lookback/events?limit=0', undefined, 400],
    ['search: a forged cursor', 'get', () => '/lookback/events?cursor=not-a-cursor', undefined, 400],
    ['export: an unknown format', 'get', () => `${LB10}/export.xlsx?format=pdf`, undefined, 400],
    ['open: no subject', 'post', () => '/lookback-cases', { ...openBody, subject: undefined }, 400],
    [
      'open: an empty subject',
      'post',
      () => '/lookback-cases',
      { ...openBody, subject: { mineIds: [], personIds: [] } },
      422,
    ],
    ['open: blank legal basis', 'post', () => '/lookback-cases', { ...openBody, legalBasis: '' }, 400],
    ['open: an extra field', 'post', () => '/lookback-cases', { ...openBody, status: 'closed' }, 400],
    ['freeze: no query id', 'post', () => `/lookback-cases/${caseId}/frozen-answers`, {}, 400],
    [
      'freeze: an unknown case',
      'post',
      () => '/lookback-cases/no-such-case/frozen-answers',
      { queryId: 'LB-10-downgrades-amendments' },
      404,
    ],
    ['close: blank conclusion', 'post', () => `/lookback-cases/${caseId}/closure`, { conclusion: '' }, 400],
    [
      'a frozen answer that does not exist',
      'get',
      () => `/lookback-cases/${caseId}/answers/${'0'.repeat(64)}`,
      undefined,
      404,
    ],
    ['a case that does not exist', 'get', () => '/lookback-cases/no-such-case', undefined, 404],
  ];

  it.each(cases)('%s', async (_name, method, path, body, status) => {
    const before = await events();
    const auth = { Authorization: await api.login('investigator') };
    const res =
      method === 'get' ? await api.http.get(path()).set(auth) : await api.http.post(path()).set(auth).send(body);
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(`${res.body.title} ${res.body.detail}`).toMatch(/[\u4e00-\u9fff]/);
    expect(`${res.body.title} ${res.body.detail}`).toMatch(/[A-Za-z]{3}/);
    expect(await events()).toBe(before);
  });

  it('names the parameter a query does not take, and the catalogue lists only what each takes', async () => {
    const auth = { Authorization: await api.login('auditor') };
    const res = await api.http
      .get('/lookback/LB-13-late-self-reports?mineId=mine-demo-1&to=2025-01-01T00:00:00Z')
      .set(auth);
    expect(res.status).toBe(400);
    expect(res.body.detail).toContain('LB-13-late-self-reports takes no to');
    const catalogue = (await api.http.get('/lookback').set(auth)).body.queries as {
      id: string;
      params: { name: string }[];
    }[];
    const names = (id: string) => catalogue.find((q) => q.id === id)!.params.map((p) => p.name);
    expect(names('LB-13-late-self-reports')).toEqual(['mineId', 'jurisdiction']);
    expect(names(LB10.replace('/lookback/', ''))).toEqual(['mineId', 'jurisdiction', 'from', 'to']);
  });

  it('says why a valid-time cut is refused, in zh-CN and English', async () => {
    const res = await api.http
      .get(`${LB10}?validAt=2024-06-30T00:00:00Z`)
      .set({ Authorization: await api.login('investigator') });
    expect(JSON.stringify(res.body.errors)).toContain('尚不支持 validAt');
    expect(JSON.stringify(res.body.errors)).toContain('validAt is not supported');
  });
});
