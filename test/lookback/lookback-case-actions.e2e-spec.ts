import ExcelJS from 'exceljs';
import { ApiApp } from '../support/api-app';
import { startWithDemoMines } from '../api/hazards/hazard-steps';
import { Row, download, planter, sleep } from './lookback-support';

const LB01 = 'LB-01-hazard-timeline';
const LB02 = 'LB-02-mine-timeline';
const PURPOSE = '倒查：示范矿业';
const amendment = (next: string) => ({ next, reason: '现场复核 / re-checked on site' });
const openBody = {
  title: '示范矿业执法责任倒查',
  subject: { mineIds: ['mine-demo-1'], personIds: [] },
  scope: '2024 年该矿全部隐患与检查',
  legalBasis: '安全生产法第九十条',
};

/**
 * Look-back cases through the house write path: every query run inside a case flags what was written about the case's
 * subjects after it opened (LB-01 and LB-02, JSON and Excel); every case action is in the access log with its purpose;
 * the audit trail shows the investigators' acts; Idempotency-Key, If-Match and problem+json as every command has them.
 */
describe('look-back case actions', () => {
  let api: ApiApp;
  let plant: ReturnType<typeof planter>;
  let hazardId: string;
  let caseId: string;
  let openedAt: string;
  let closedPosition: string;
  const as = async (username: string) => ({
    Authorization: await api.login(username),
    'X-Access-Purpose': encodeURIComponent(PURPOSE),
  });
  const inCase = async (id: string, query: Record<string, string>) => {
    const res = await api.http
      .get(`/lookback/${id}`)
      .query({ ...query, caseId, minPosition: plant.lastPosition() })
      .set(await as('investigator'));
    expect({ status: res.status, body: res.body }).toMatchObject({ status: 200 });
    return res.body as { rows: (Row & { writtenAfterCaseOpened: boolean; type: string })[]; recorded: object };
  };
  const flags = (rows: (Row & { writtenAfterCaseOpened: boolean; type: string })[]) =>
    rows.map((r) => [r.type, r.writtenAfterCaseOpened]);

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    plant = planter(api);
    hazardId = await plant.hazard('mine-demo-1');
    const other = await plant.hazard('mine-demo-2', 'enterprise.other', '消防器材未按期检验');
    const opened = await api.http
      .post('/lookback-cases')
      .set({ ...(await as('investigator')), 'Idempotency-Key': 'case-actions-open-1' })
      .send(openBody);
    expect(opened.status).toBe(201);
    caseId = opened.body.id;
    const [event] = await api.db.query<{ at: string }>(
      `SELECT data->>'openedAt' AS at FROM events WHERE stream_id = $1`,
      [`lookback-case-${caseId}`],
    );
    openedAt = event.at;
    await sleep(20);
    // Written after the case opened: one about its subject mine, one about a mine it does not name.
    await plant.post('enterprise.staff', `/hazards/${hazardId}/description-amendment`, amendment('立案后修改'));
    await plant.post('enterprise.other', `/hazards/${other}/description-amendment`, amendment('他矿立案后修改'));
  });
  afterAll(() => api.close());

  it('flags the subject’s writes after the case opened in LB-01 and in LB-02, and nothing else', async () => {
    const lb01 = await inCase(LB01, { hazardId });
    expect(flags(lb01.rows)).toEqual([
      ['HazardDiscovered', false],
      ['HazardDescriptionAmended', true],
    ]);
    const lb02 = await inCase(LB02, { mineId: 'mine-demo-1' });
    const mine1 = flags(lb02.rows.filter((r) => r.evidence.some((e) => e.streamId === `hazard-${hazardId}`)));
    expect(mine1).toEqual([
      ['HazardDiscovered', false],
      ['HazardDescriptionAmended', true],
    ]);
    // Every flagged row has an evidence event of the subject mine recorded after the opening; no other row has.
    for (const row of lb02.rows)
      expect([row.key, row.writtenAfterCaseOpened]).toEqual([
        row.key,
        row.evidence.some((e) => e.recordedAt > openedAt && (e as { mineId?: string }).mineId === 'mine-demo-1'),
      ]);
    // The other mine's write after the opening is not about the case's subject.
    const lb02Other = await inCase(LB02, { mineId: 'mine-demo-2' });
    expect(lb02Other.rows.length).toBeGreaterThanOrEqual(2);
    expect(lb02Other.rows.every((r) => r.writtenAfterCaseOpened === false)).toBe(true);
    expect(lb02Other.recorded).toMatchObject({ id: caseId });
  });

  it('carries the flag into the Excel file of an answer inside the case', async () => {
    const res = await download(
      api,
      'investigator',
      `/lookback/${LB01}/export.xlsx?hazardId=${hazardId}&caseId=${caseId}&minPosition=${plant.lastPosition()}`,
    );
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as never);
    const sheet = book.worksheets[0];
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    const column = headers.indexOf('立案后写入 written after the case opened');
    expect(column).toBeGreaterThan(0);
    expect([sheet.getRow(2).getCell(column).value, sheet.getRow(3).getCell(column).value]).toEqual(['否', '是']);
  });

  it('writes every case action to the access log with its purpose', async () => {
    const frozen = await api.http
      .post(`/lookback-cases/${caseId}/frozen-answers`)
      .set(await as('investigator'))
      .send({ queryId: LB01, hazardId, minPosition: plant.lastPosition() });
    expect(frozen.status).toBe(201);
    expect((await api.http.get(`/lookback-cases/${caseId}`).set(await as('auditor'))).status).toBe(200);
    const answer = `/lookback-cases/${caseId}/answers/${frozen.body.answerDigest}`;
    expect((await api.http.get(answer).set(await as('auditor'))).status).toBe(200);
    const closed = await api.http
      .post(`/lookback-cases/${caseId}/closure`)
      .set(await as('investigator'))
      .send({ conclusion: '移送纪委监委' });
    expect(closed.status).toBe(200);
    closedPosition = closed.body.logPosition;
    const logged = await api.db.query<{ who: string; kind: string; method: string; path: string; purpose: string }>(
      `SELECT actor_role AS who, kind, query->>'method' AS method, query->>'path' AS path, purpose FROM access_log
        WHERE record_ids @> ARRAY[$1] OR query::text LIKE '%' || $1 || '%' ORDER BY id`,
      [caseId],
    );
    const acts = logged.map((l) => [l.who, l.kind, l.method, l.path.replace(caseId, ':case'), l.purpose]);
    expect(acts).toEqual([
      ['investigator', 'read', 'POST', '/lookback-cases', PURPOSE],
      ['investigator', 'read', 'GET', `/lookback/${LB01}`, PURPOSE],
      ['investigator', 'read', 'GET', `/lookback/${LB02}`, PURPOSE],
      ['investigator', 'read', 'GET', `/lookback/${LB02}`, PURPOSE],
      ['investigator', 'export', 'GET', `/lookback/${LB01}/export.xlsx`, null],
      ['investigator', 'export', 'POST', '/lookback-cases/:case/frozen-answers', PURPOSE],
      ['auditor', 'read', 'GET', '/lookback-cases/:case', PURPOSE],
      ['auditor', 'read', 'GET', `/lookback-cases/:case/answers/${frozen.body.answerDigest}`, PURPOSE],
      ['investigator', 'read', 'POST', '/lookback-cases/:case/closure', PURPOSE],
    ]);
  });

  it('shows the investigators’ acts in the audit trail of the case, to auditors only', async () => {
    const query = { entityType: 'lookback-case', entityId: caseId, minPosition: closedPosition };
    const res = await api.http
      .get('/audit-trail')
      .query(query)
      .set(await as('auditor'));
    expect(res.status).toBe(200);
    type Entry = { eventType: string; actor: { role: string }; changes: { path: string; after: unknown }[] };
    const entries = res.body.entries as Entry[];
    const after = (e: Entry) => Object.fromEntries(e.changes.map((c) => [c.path, c.after]));
    expect(entries.map((e) => [e.eventType, e.actor.role])).toEqual([
      ['LookbackCaseOpened', 'investigator'],
      ['LookbackCaseQueryRecorded', 'investigator'],
      ['LookbackCaseQueryRecorded', 'investigator'],
      ['LookbackCaseQueryRecorded', 'investigator'],
      ['LookbackCaseAnswerFrozen', 'investigator'],
      ['LookbackCaseClosed', 'investigator'],
    ]);
    expect(after(entries[0])).toMatchObject({
      'subject.mineIds': ['mine-demo-1'],
      scope: openBody.scope,
      legalBasis: openBody.legalBasis,
    });
    expect(after(entries[2])).toMatchObject({ 'runs.2.queryId': LB02, 'runs.2.params.mineId': 'mine-demo-1' });
    expect(Object.keys(after(entries[2]))).toEqual(expect.arrayContaining(['runs.2.cut.asOf', 'runs.2.answerDigest']));
    expect(after(entries[4])).toMatchObject({ 'frozenAnswers.1.queryId': LB01 });
    expect(after(entries[5])).toEqual({ status: 'closed', conclusion: '移送纪委监委' });
    expect(
      (
        await api.http
          .get('/audit-trail')
          .query(query)
          .set(await as('inspector.zhang'))
      ).status,
    ).toBe(403);
  });

  it('replays an open retried with its Idempotency-Key; refuses a stale If-Match, a bad body and other roles as problem+json', async () => {
    const count = async (id: string) =>
      (
        await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events WHERE stream_id = $1`, [
          `lookback-case-${id}`,
        ])
      )[0].n;
    const again = await api.http
      .post('/lookback-cases')
      .set({ ...(await as('investigator')), 'Idempotency-Key': 'case-actions-open-1' })
      .send(openBody);
    expect([again.status, again.body.id, again.body.revision]).toEqual([201, caseId, '0']);
    const fresh = await plant.post('investigator', '/lookback-cases', openBody, 201);
    const before = await count(fresh.id);
    const refusals = [
      await api.http
        .post(`/lookback-cases/${fresh.id}/closure`)
        .set({ ...(await as('investigator')), 'If-Match': 'W/"7"' })
        .send({ conclusion: '结案' }),
      await api.http
        .post(`/lookback-cases/${fresh.id}/closure`)
        .set(await as('investigator'))
        .send({ conclusion: '' }),
      await api.http
        .post(`/lookback-cases/${fresh.id}/closure`)
        .set(await as('auditor'))
        .send({ conclusion: '结案' }),
      await api.http
        .post('/lookback-cases/no-such-case/closure')
        .set(await as('investigator'))
        .send({ conclusion: '结案' }),
    ];
    expect(refusals.map((r) => [r.status, r.headers['content-type']?.split(';')[0]])).toEqual([
      [412, 'application/problem+json'],
      [400, 'application/problem+json'],
      [403, 'application/problem+json'],
      [404, 'application/problem+json'],
    ]);
    expect(refusals[0].body.currentRevision).toBe('0');
    expect(await count(fresh.id)).toBe(before);
    expect(await count(caseId)).toBe(6);
  });
});
