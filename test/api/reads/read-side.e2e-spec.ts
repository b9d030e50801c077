import ExcelJS from 'exceljs';
import { AccessLog } from '@hazard-ledger/access-log';
import { ApiApp } from '../../support/api-app';
import { hazardRequests } from '../../support/hazard-requests';
import { startWithDemoMines } from '../hazards/hazard-steps';

describe('read side over HTTP: ledger, boards, exports, access log (real PostgreSQL, projections running)', () => {
  let api: ApiApp;
  const hazardIds: string[] = [];
  let lastPosition = '';
  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    const staff = await api.login('enterprise.staff');
    const inspector = await api.login('inspector.zhang');
    for (let i = 0; i < 3; i++) {
      const res = await api.http
        .post('/hazards')
        .set('Authorization', staff)
        .send(hazardRequests.DiscoverHazard.body())
        .expect(201);
      hazardIds.push(res.body.id);
      lastPosition = res.body.logPosition;
    }
    const general = await api.http
      .post(`/hazards/${hazardIds[0]}/general-determination`)
      .set('Authorization', inspector)
      .send({})
      .expect(200);
    lastPosition = general.body.logPosition;
    for (const user of ['leader.wang', 'auditor', 'inspector.other', 'inspector.zhang', 'sysadmin'])
      tokens[user] = await api.login(user);
  }, 60_000);
  afterAll(() => api.close());

  const tokens: Record<string, string> = {};
  const get = (user: string, path: string, headers: Record<string, string> = {}) =>
    api.http.get(path).set({ Authorization: tokens[user], ...headers });
  const accessRows = (recordType: string) =>
    api.db.query<{
      actor_id: string;
      record_ids: string[];
      kind: string;
      purpose: string | null;
      as_of_position: string;
    }>(
      `SELECT actor_id, record_ids, kind, purpose, as_of_position FROM access_log WHERE record_type = $1 ORDER BY id`,
      [recordType],
    );

  it('reads its own writes (minPosition), stamps asOfPosition and lagMs, and records the access with its purpose', async () => {
    const res = await get('leader.wang', `/ledgers/hazards?minPosition=${lastPosition}`, {
      'X-Access-Purpose': encodeURIComponent('倒查 2024-07 / look-back'),
      Prefer: 'wait=30',
    }).expect(200);
    expect(res.body.items.map((r: { hazardId: string }) => r.hazardId).sort()).toEqual([...hazardIds].sort());
    expect(res.body.items.find((r: { hazardId: string }) => r.hazardId === hazardIds[0])).toMatchObject({
      status: 'general_determined',
      grade: 'general',
      jurisdiction: '140404',
    });
    expect(res.body).toMatchObject({
      total: 3,
      asOfPosition: expect.stringMatching(/^\d+\/\d+$/),
      lagMs: expect.any(Number),
    });
    const [entry] = await accessRows('hazard-ledger');
    expect(entry).toMatchObject({
      kind: 'read',
      purpose: '倒查 2024-07 / look-back',
      as_of_position: res.body.asOfPosition,
    });
    expect([...entry.record_ids].sort()).toEqual([...hazardIds].sort());
  });

  it('filters and paginates: every hazard exactly once, and counts agree with the events', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await get('auditor', `/ledgers/hazards?limit=1${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
      seen.push(...res.body.items.map((r: { hazardId: string }) => r.hazardId));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual([...hazardIds].sort());
    const [{ n }] = await api.db.query<{ n: number }>(
      `SELECT count(DISTINCT stream_id)::int AS n FROM events WHERE type = 'GeneralHazardDetermined'`,
    );
    expect((await get('auditor', '/ledgers/hazards?grade=general').expect(200)).body.total).toBe(n);
    expect((await get('auditor', '/ledgers/hazards?status=discovered').expect(200)).body.total).toBe(3 - n);
    expect((await get('inspector.other', '/ledgers/hazards').expect(200)).body.total).toBe(0);
    await get('sysadmin', '/ledgers/hazards').expect(403);
    await get('auditor', '/ledgers/hazards?cursor=bogus').expect(400);
    await get('auditor', '/ledgers/hazards?asOf=2024-01-01T00:00:00Z&validAt=2024-01-01T00:00:00Z').expect(400);
  });

  it('serves both boards, stamped', async () => {
    for (const path of ['/boards/dual-reports', '/boards/supervision', '/boards/supervision?flagged=true'])
      expect((await get('auditor', path)).body).toMatchObject({ items: [], total: 0, lagMs: expect.any(Number) });
  });

  it('gives the audit trail of a hazard (before → after) and of an actor, to those allowed', async () => {
    const trail = await get(
      'leader.wang',
      `/audit-trail?entityType=hazard&entityId=${hazardIds[0]}&minPosition=${lastPosition}`,
      { Prefer: 'wait=30' },
    ).expect(200);
    expect(trail.body.entries.map((e: { eventType: string }) => e.eventType)).toEqual([
      'HazardDiscovered',
      'GeneralHazardDetermined',
    ]);
    expect(trail.body.entries[1]).toMatchObject({
      actor: expect.objectContaining({ id: 'u-inspector-zhang', role: 'inspector' }),
      changes: expect.arrayContaining([{ path: 'status', before: 'discovered', after: 'general_determined' }]),
    });
    expect(trail.body).toMatchObject({ asOfPosition: expect.stringMatching(/^\d+\/\d+$/), lagMs: expect.any(Number) });
    const byActor = await get('auditor', '/audit-trail?actorId=u-enterprise-staff').expect(200);
    expect(byActor.body.entries.map((e: { eventType: string }) => e.eventType)).toEqual(
      Array(3).fill('HazardDiscovered'),
    );
    await get('leader.wang', '/audit-trail?actorId=u-enterprise-staff').expect(403);
    await get('inspector.other', `/audit-trail?entityType=hazard&entityId=${hazardIds[0]}`).expect(403);
    await get('auditor', '/audit-trail').expect(400);
  });

  it('answers as of a past instant', async () => {
    const res = await get('auditor', '/ledgers/hazards?asOf=2020-01-01T00:00:00Z').expect(200);
    expect(res.body).toMatchObject({ items: [], total: 0, asOf: '2020-01-01T00:00:00Z' });
  });

  it('sends no data when the access cannot be recorded', async () => {
    await api.db.query(`ALTER TABLE access_log RENAME TO access_log_away`);
    try {
      for (const path of [
        '/ledgers/hazards',
        `/hazards/${hazardIds[0]}`,
        '/boards/dual-reports',
        '/ledgers/hazards/export?format=csv',
      ]) {
        const res = await get('auditor', path);
        expect({ path, status: res.status }).toEqual({ path, status: 503 });
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(res.body).toEqual(expect.not.objectContaining({ items: expect.anything() }));
        expect(res.body).toEqual(expect.not.objectContaining({ hazard: expect.anything() }));
      }
    } finally {
      await api.db.query(`ALTER TABLE access_log_away RENAME TO access_log`);
    }
  });

  it('answers 503 with no data to every read of a batch whose access-log statement fails, and records none', async () => {
    const before = (await accessRows('hazard-ledger')).length;
    // Refused by the database at commit time, after the writer has chained the whole batch.
    await api.db.query(`ALTER TABLE access_log ADD CONSTRAINT e2e_refuse_all CHECK (record_type = 'none') NOT VALID`);
    try {
      const answers = await Promise.all(
        Array.from({ length: 6 }, (_, i) => get('auditor', i % 2 ? '/ledgers/hazards' : `/hazards/${hazardIds[0]}`)),
      );
      expect(answers.map((r) => r.status)).toEqual([503, 503, 503, 503, 503, 503]);
      for (const res of answers) {
        expect(res.body).toEqual(expect.not.objectContaining({ items: expect.anything() }));
        expect(res.body).toEqual(expect.not.objectContaining({ hazard: expect.anything() }));
      }
    } finally {
      await api.db.query(`ALTER TABLE access_log DROP CONSTRAINT e2e_refuse_all`);
    }
    expect(await accessRows('hazard-ledger')).toHaveLength(before);
    await get('auditor', '/ledgers/hazards').expect(200);
  });

  it('records each of several concurrent reads as its own entry, on one chain that verifies', async () => {
    const before = (await accessRows('hazard-ledger')).length;
    const answers = await Promise.all(Array.from({ length: 8 }, () => get('auditor', '/ledgers/hazards')));
    expect(answers.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(await accessRows('hazard-ledger')).toHaveLength(before + 8);
    expect(await api.app.get(AccessLog).verify()).toMatchObject({ ok: true });
  });

  it('exports the ledger as xlsx with Chinese headers and as CSV, each an access entry', async () => {
    const xlsx = await get('auditor', '/ledgers/hazards/export?format=xlsx')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as never);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('隐患编号 hazardId');
    expect(sheet.rowCount).toBe(1 + hazardIds.length);
    const csv = await get('auditor', '/ledgers/hazards/export?format=csv&grade=general').expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text.trim().split('\n')).toHaveLength(2);
    const exports = (await accessRows('hazard-ledger')).filter((r) => r.kind === 'export');
    expect(exports.map((e) => e.record_ids.length)).toEqual([3, 1]);
  });

  it('shows who viewed a hazard in its knowledge timeline, and auditors find the views in the access log', async () => {
    const before = new Date().toISOString();
    await get('inspector.zhang', `/hazards/${hazardIds[1]}`).expect(200);
    const timeline = await get('auditor', `/hazards/${hazardIds[1]}/knowledge-timeline?minPosition=${lastPosition}`, {
      Prefer: 'wait=30',
    }).expect(200);
    expect(timeline.body.parties.map((p: { party: string }) => p.party)).toEqual(expect.arrayContaining(['reporter']));
    expect(timeline.body.viewedBy.map((v: { actor: { id: string } }) => v.actor.id)).toContain('u-inspector-zhang');
    const log = await get(
      'auditor',
      `/access-log?recordId=${hazardIds[1]}&before=${encodeURIComponent(new Date().toISOString())}`,
    ).expect(200);
    const viewers = log.body.entries.filter((e: { accessedAt: string }) => e.accessedAt >= before);
    expect(viewers.map((e: { actor: { id: string } }) => e.actor.id)).toContain('u-inspector-zhang');
    await get('inspector.zhang', '/access-log').expect(403);
  });
});
