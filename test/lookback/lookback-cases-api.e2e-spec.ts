import ExcelJS from 'exceljs';
import { digest } from '@hazard-ledger/event-store';
import { ApiApp } from '../support/api-app';
import { startWithDemoMines } from '../api/hazards/hazard-steps';
import { download, lookback, planter, sleep } from './lookback-support';

const LB10 = 'LB-10-downgrades-amendments';
const amendment = (next: string) => ({ next, reason: '现场复核 / re-checked on site' });

/**
 * The look-back surface over HTTP: the catalogue, the cross-record search, the Excel export, the access log with
 * purpose, and cases — runs recorded, rows written after the case opened flagged, frozen answers byte-identical.
 */
describe('look-back catalogue, search, export and cases', () => {
  let api: ApiApp;
  let plant: ReturnType<typeof planter>;
  let hazardId: string;
  let firstAmendedAt: string;
  const get = async (username: string, path: string, query: Record<string, string> = {}, headers = {}) =>
    api.http
      .get(path)
      .query(query)
      .set({ Authorization: await api.login(username), ...headers });

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    plant = planter(api);
    hazardId = await plant.hazard('mine-demo-1');
    await plant.hazard('mine-demo-2', 'enterprise.other', '消防器材未按期检验');
    await plant.post('enterprise.staff', `/hazards/${hazardId}/description-amendment`, amendment('第一次修改'));
    await sleep(20);
    firstAmendedAt = new Date().toISOString();
    await sleep(20);
    await plant.post('enterprise.staff', `/hazards/${hazardId}/location-amendment`, amendment('-120m 中段 4# 采场'));
  });
  afterAll(() => api.close());

  it('lists the built queries with zh-CN and English text; only auditors and investigators may look', async () => {
    const res = await get('auditor', '/lookback');
    expect(res.status).toBe(200);
    const ids = (res.body.queries as { id: string; title: { zh: string; en: string } }[]).map((q) => q.id);
    expect(ids).toEqual(
      expect.arrayContaining([LB10, 'LB-18-dual-report-gaps', 'LB-11-documents-amended-after-signing']),
    );
    for (const q of res.body.queries)
      expect(q).toMatchObject({ title: { zh: expect.any(String), en: expect.any(String) } });
    for (const username of ['inspector.zhang', 'leader.wang', 'enterprise.principal', 'sysadmin'])
      expect([username, (await get(username, '/lookback')).status]).toEqual([username, 403]);
    expect((await get('inspector.zhang', `/lookback/${LB10}`)).status).toBe(403);
    expect((await get('auditor', '/lookback/LB-99-nothing')).status).toBe(404);
  });

  it('cuts "now" at the store clock; a future asOf is answered as asked (deadlines judged then)', async () => {
    const before = Date.now();
    const now = await get('auditor', `/lookback/${LB10}`);
    expect(now.status).toBe(200);
    expect(now.body.cut.asOf).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(Date.parse(now.body.cut.asOf)).toBeGreaterThanOrEqual(before - 1000);
    const ahead = new Date(Date.now() + 3_600_000).toISOString();
    const future = await get('auditor', `/lookback/${LB10}`, { asOf: ahead });
    expect([future.status, future.body.cut.asOf]).toEqual([200, ahead]);
  });

  it('searches events across records by type, paged, as of any date, by role', async () => {
    const types = 'HazardDescriptionAmended,HazardLocationAmended';
    const q = { types, minPosition: plant.lastPosition(), limit: '1' };
    const first = await get('investigator', '/lookback/events', q);
    expect(first.status).toBe(200);
    expect(first.body.items.map((e: { type: string }) => e.type)).toEqual(['HazardDescriptionAmended']);
    const second = await get('investigator', '/lookback/events', { ...q, cursor: first.body.nextCursor });
    expect(second.body.items.map((e: { type: string }) => e.type)).toEqual(['HazardLocationAmended']);
    expect(second.body.nextCursor).toBeUndefined();
    const earlier = await get('investigator', '/lookback/events', { types, asOf: firstAmendedAt });
    expect(earlier.body.items.map((e: { type: string }) => e.type)).toEqual(['HazardDescriptionAmended']);
    const byRole = await get('investigator', '/lookback/events', {
      types: 'HazardDiscovered',
      role: 'enterprise_staff',
    });
    expect(byRole.body.items.map((e: { mineId: string }) => e.mineId).sort()).toEqual(['mine-demo-1', 'mine-demo-2']);
    expect((await get('investigator', '/lookback/events', { types: 'not a type' })).status).toBe(400);
  });

  it('exports an answer to Excel with Chinese headers and the evidence, access-logged with its purpose', async () => {
    const purpose = encodeURIComponent('倒查：示范矿业');
    const res = await download(api, 'auditor', `/lookback/${LB10}/export.xlsx?minPosition=${plant.lastPosition()}`, {
      'X-Access-Purpose': purpose,
    });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as never);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('隐患 hazard');
    expect(sheet.rowCount).toBe(3);
    // The evidence is the last column, after the query's own columns.
    const evidence = sheet.getRow(1).cellCount;
    expect(String(sheet.getRow(2).getCell(evidence).value)).toContain(`hazard-${hazardId}#0`);
    const [logged] = await api.db.query<{ kind: string; purpose: string; record_ids: string[] }>(
      `SELECT kind, purpose, record_ids FROM access_log WHERE record_type = $1 ORDER BY id DESC LIMIT 1`,
      [`lookback:${LB10}`],
    );
    expect(logged).toEqual({ kind: 'export', purpose: '倒查：示范矿业', record_ids: [`hazard-${hazardId}`] });
  });

  describe('a look-back case', () => {
    let caseId: string;
    let frozen: { answerDigest: string; cut: { asOf: string } };
    let frozenBytes: string;

    beforeAll(async () => {
      const opened = await plant.post(
        'investigator',
        '/lookback-cases',
        {
          title: '示范矿业倒查',
          subject: { mineIds: ['mine-demo-1'], personIds: [] },
          scope: '2024 年',
          legalBasis: '安全生产法第九十条',
        },
        201,
      );
      caseId = opened.id;
      await sleep(20);
      await plant.post('enterprise.staff', `/hazards/${hazardId}/description-amendment`, amendment('立案后修改'));
    });

    it('is opened, run in and frozen by investigators only', async () => {
      const body = { title: 't', subject: { mineIds: ['mine-demo-1'], personIds: [] }, scope: 's', legalBasis: 'b' };
      for (const username of ['auditor', 'inspector.zhang', 'leader.wang'])
        expect(
          (
            await api.http
              .post('/lookback-cases')
              .set('Authorization', await api.login(username))
              .send(body)
          ).status,
        ).toBe(403);
      expect((await get('auditor', `/lookback/${LB10}`, { caseId })).status).toBe(403);
      expect((await get('auditor', `/lookback-cases/${caseId}`)).body).toMatchObject({ status: 'open', queriesRun: 0 });
    });

    it('records a run in the case and flags the rows written after it opened', async () => {
      const res = await get('investigator', `/lookback/${LB10}`, { caseId, minPosition: plant.lastPosition() });
      expect(res.status).toBe(200);
      expect(
        res.body.rows.map((r: { after: string; writtenAfterCaseOpened: boolean }) => [
          r.after,
          r.writtenAfterCaseOpened,
        ]),
      ).toEqual([
        ['第一次修改', false],
        ['-120m 中段 4# 采场', false],
        ['立案后修改', true],
      ]);
      expect((await get('auditor', `/lookback-cases/${caseId}`)).body).toMatchObject({ queriesRun: 1 });
    });

    it('keeps a frozen answer byte-identical after more events are written, and a re-run at its cut agrees', async () => {
      const res = await api.http
        .post(`/lookback-cases/${caseId}/frozen-answers`)
        .set('Authorization', await api.login('investigator'))
        .send({ queryId: LB10, minPosition: plant.lastPosition() });
      expect(res.status).toBe(201);
      frozen = res.body;
      const read = async () =>
        (await download(api, 'auditor', `/lookback-cases/${caseId}/answers/${frozen.answerDigest}`)).text;
      frozenBytes = await read();
      expect(digest('sm3', frozenBytes)).toBe(frozen.answerDigest);
      await plant.post('enterprise.staff', `/hazards/${hazardId}/description-amendment`, amendment('冻结后修改'));
      expect((await lookback(api, LB10, {}, plant.lastPosition())).rows).toHaveLength(4);
      expect(await read()).toBe(frozenBytes);
      const again = await get('investigator', `/lookback/${LB10}`, { caseId, asOf: frozen.cut.asOf });
      expect(again.body.answerDigest).toBe(frozen.answerDigest);
      expect(JSON.parse(frozenBytes).rows).toEqual(again.body.rows);
      expect((await get('auditor', `/lookback-cases/${caseId}`)).body.frozen).toEqual([frozen.answerDigest]);
    });

    it('closes once; a closed case takes no more runs', async () => {
      await plant.post('investigator', `/lookback-cases/${caseId}/closure`, { conclusion: '移送纪委监委' });
      expect((await get('investigator', `/lookback/${LB10}`, { caseId })).status).toBe(409);
    });
  });
});
