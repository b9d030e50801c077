import { DEMO_PASSWORD } from '@hazard-ledger/auth';
import ExcelJS from 'exceljs';
import { ApiApp } from '../../support/api-app';
import { checkBody, checkHazardBody } from '../../support/monthly-duty-requests';
import { startWithDemoMines } from '../hazards/hazard-steps';

type Row = {
  month: string;
  status: string;
  result: string | null;
  ledByPrincipal: boolean | null;
  majorHazardIds: string[];
  noneFoundWhileMajorExisted: boolean;
};
const signed = { password: DEMO_PASSWORD };

/**
 * The planted mine (mine-demo-1), January–May 2025: January done (a hazard found and linked), February done
 * ("none found"), March missing, April done late, May "none found" signed while a hazard that occurred on 10 May
 * was later determined major. As of before that determination May is not flagged; as of now it is.
 */
describe('每月重大事故隐患排查: the monthly-check board of a planted mine, as of two dates', () => {
  let api: ApiApp;
  let last = '';
  let beforeDetermination = '';
  let majorId = '';
  let foundInJanuary = '';

  const post = async (username: string, path: string, body: object, status = 200) => {
    const res = await api.http
      .post(path)
      .set('Authorization', await api.login(username))
      .send(body);
    expect({ path, status: res.status, body: res.body }).toMatchObject({ path, status });
    last = res.body.logPosition ?? last;
    return res.body as { id: string; logPosition: string };
  };
  // The leader is named: the principal on record (王建国, the demo mine's registration), or the safety director.
  const LEADERS: Record<string, object> = {
    'enterprise.principal': { name: '王建国', position: '矿长' },
    'enterprise.safety': { name: '李安监', position: '安全总监' },
  };
  const record = (month: string, occurredAt: string, username = 'enterprise.principal') =>
    post(username, '/monthly-checks', checkBody('mine-demo-1', { month, occurredAt, leader: LEADERS[username] }), 201);
  const sign = (checkId: string, result = 'none_found') =>
    post('enterprise.principal', `/monthly-checks/${checkId}/signature`, {
      result,
      summary: '本月排查结果',
      ...signed,
    });
  const board = async (query: string, username = 'leader.wang') => {
    const res = await api.http
      .get(`/boards/monthly-check?mineId=mine-demo-1&fromMonth=2025-01&toMonth=2025-05&minPosition=${last}${query}`)
      .set('Authorization', await api.login(username));
    expect(res.status).toBe(200);
    return res.body as { rows: Row[]; summary: Record<string, number>; asOfPosition: string };
  };

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    const january = await record('2025-01', '2025-01-20T02:00:00.000Z');
    foundInJanuary = (
      await post(
        'enterprise.staff',
        '/hazards',
        checkHazardBody(january.id, 'mine-demo-1', '2025-01-20T03:00:00.000Z'),
        201,
      )
    ).id;
    await post('enterprise.staff', `/monthly-checks/${january.id}/hazards`, { hazardId: foundInJanuary });
    await sign(january.id, 'hazards_found');
    await sign((await record('2025-02', '2025-02-18T02:00:00.000Z')).id);
    await sign((await record('2025-04', '2025-05-03T02:00:00.000Z')).id);
    await sign((await record('2025-05', '2025-05-25T02:00:00.000Z', 'enterprise.safety')).id);
    majorId = (
      await post(
        'enterprise.staff',
        '/hazards',
        {
          ...checkHazardBody('x', 'mine-demo-1', '2025-05-10T02:00:00.000Z'),
          source: 'self_check',
          linkedRef: undefined,
        },
        201,
      )
    ).id;
    await new Promise((r) => setTimeout(r, 20));
    beforeDetermination = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    await post('enterprise.principal', `/hazards/${majorId}/major-determination`, {
      clauseId: 'MHS2022-UG-01',
      ...signed,
    });
  });
  afterAll(() => api.close());

  it('shows two done months, one missing, one done late, one "none found" while a major hazard existed', async () => {
    const { rows, summary } = await board('');
    expect(rows.map((r) => [r.month, r.status, r.result, r.noneFoundWhileMajorExisted])).toEqual([
      ['2025-01', 'done', 'hazards_found', false],
      ['2025-02', 'done', 'none_found', false],
      ['2025-03', 'missing', null, false],
      ['2025-04', 'done_late', 'none_found', false],
      ['2025-05', 'done', 'none_found', true],
    ]);
    expect(rows[4]).toMatchObject({ ledByPrincipal: false, majorHazardIds: [majorId] });
    expect(summary).toMatchObject({
      done: 3,
      doneLate: 1,
      missing: 1,
      notLedByPrincipal: 1,
      noneFoundWhileMajorExisted: 1,
    });
  });

  it('as of before the determination, the same May is not flagged: the platform did not know the hazard was major', async () => {
    const { rows } = await board(`&asOf=${beforeDetermination}`);
    expect(rows[4]).toMatchObject({
      month: '2025-05',
      status: 'done',
      majorHazardIds: [],
      noneFoundWhileMajorExisted: false,
    });
    expect(rows.map((r) => r.status)).toEqual(['done', 'done', 'missing', 'done_late', 'done']);
  });

  it('at valid time 2025-02-01, January was carried out but not yet signed (the signature is dated when it was made)', async () => {
    const { rows } = await board('&validAt=2025-02-01T00:00:00.000Z');
    expect(rows.map((r) => r.status)).toEqual(['unsigned', 'not_due', 'not_due', 'not_due', 'not_due']);
  });

  it('keeps a second check of the same month out (409) and lets only the principal sign (403)', async () => {
    await post('enterprise.principal', '/monthly-checks', checkBody('mine-demo-1', { month: '2025-05' }), 409);
    const june = await record('2025-06', '2025-06-20T02:00:00.000Z', 'enterprise.safety');
    await post(
      'enterprise.safety',
      `/monthly-checks/${june.id}/signature`,
      { result: 'none_found', summary: '无', ...signed },
      403,
    );
    await post('enterprise.staff', `/monthly-checks/${june.id}/hazards`, { hazardId: foundInJanuary }, 422);
  });

  it('lists the register for the enterprise (own mine) and nothing of it for another mine’s user', async () => {
    const own = await api.http
      .get(`/monthly-check-register?minPosition=${last}&ledByPrincipal=false`)
      .set('Authorization', await api.login('enterprise.principal'));
    expect(own.body.items.map((i: { month: string }) => i.month)).toEqual(['2025-06', '2025-05']);
    const other = await api.http
      .get(`/monthly-check-register?minPosition=${last}`)
      .set('Authorization', await api.login('enterprise.other'));
    expect(other.body).toMatchObject({ items: [], total: 0 });
    const board403 = await api.http
      .get('/boards/monthly-check?mineId=mine-demo-1')
      .set('Authorization', await api.login('enterprise.other'));
    expect(board403.status).toBe(403);
  });

  it('without a mine, shows every mine the reader may see: the district for a leader, the own mine for the enterprise', async () => {
    const mines = async (username: string) => {
      const res = await api.http
        .get(`/boards/monthly-check?fromMonth=2025-01&toMonth=2025-05&minPosition=${last}`)
        .set('Authorization', await api.login(username));
      expect(res.status).toBe(200);
      return [...new Set((res.body.rows as { mineId: string }[]).map((r) => r.mineId))];
    };
    expect(await mines('leader.wang')).toEqual(['mine-demo-1', 'mine-demo-2']);
    expect(await mines('enterprise.principal')).toEqual(['mine-demo-1']);
    expect(await mines('inspector.other')).toEqual([]);
  });

  it('answers one check, now or as of before it was entered, in scope only, and logs the read', async () => {
    const get = async (username: string, query = '') =>
      api.http.get(`/monthly-checks/mine-demo-1.2025-05${query}`).set('Authorization', await api.login(username));
    const now = await get('inspector.zhang');
    expect(now.status).toBe(200);
    expect(now.body.check).toMatchObject({ month: '2025-05', ledByPrincipal: false, result: 'none_found' });
    expect(now.body.check.signedBy).toMatchObject({ id: 'u-enterprise-principal' });
    expect((await get('inspector.zhang', '?asOf=2025-01-01T00:00:00Z')).status).toBe(404);
    expect((await get('enterprise.other')).status).toBe(403);
    const logged = await api.db.query(`SELECT 1 FROM access_log WHERE record_type = 'monthly-check'`);
    expect(logged.length).toBeGreaterThan(0);
  });

  it('exports the board and the register with Chinese headers, and every read is in the access log', async () => {
    const file = async (path: string) => {
      const res = await api.http
        .get(path)
        .set('Authorization', await api.login('auditor'))
        .buffer(true)
        .parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.body as never);
      return book.worksheets[0];
    };
    const boardSheet = await file(
      `/boards/monthly-check/export?mineId=mine-demo-1&fromMonth=2025-01&toMonth=2025-05&minPosition=${last}`,
    );
    expect(boardSheet.getRow(1).values).toEqual(
      expect.arrayContaining(['报"未发现"但实有重大隐患 noneFoundWhileMajorExisted']),
    );
    expect(boardSheet.getRow(4).values).toEqual(expect.arrayContaining(['2025-03', '缺失']));
    const registerSheet = await file(`/monthly-check-register/export?minPosition=${last}`);
    expect(registerSheet.getRow(1).values).toEqual(
      expect.arrayContaining(['主要负责人牵头 ledByPrincipal', '签字人 signedBy']),
    );
    const logged = await api.db.query<{ record_type: string; kind: string }>(
      `SELECT DISTINCT record_type, kind FROM access_log WHERE record_type IN ('monthly-check-board', 'monthly-check-register') ORDER BY 1, 2`,
    );
    expect(logged).toEqual([
      { record_type: 'monthly-check-board', kind: 'export' },
      { record_type: 'monthly-check-board', kind: 'read' },
      { record_type: 'monthly-check-register', kind: 'export' },
      { record_type: 'monthly-check-register', kind: 'read' },
    ]);
  });
});
