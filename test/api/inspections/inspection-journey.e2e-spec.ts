import ExcelJS from 'exceljs';
import { streams } from '@hazard-ledger/domain';
import { ApiApp } from '../../support/api-app';
import { findingBody, recordInspectionBody } from '../../support/inspection-requests';
import { startWithDemoMines } from '../hazards/hazard-steps';

type Body = Record<string, unknown>;

describe('inspections over HTTP: a district team of three inspects, examines, signs; findings create hazards (real PostgreSQL)', () => {
  let api: ApiApp;
  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
  }, 60_000);
  afterAll(() => api.close());

  const post = async (user: string, path: string, body: object, headers: Record<string, string> = {}) =>
    api.http
      .post(path)
      .set({ Authorization: await api.login(user), ...headers })
      .send(body);
  const get = async (user: string, path: string) => api.http.get(path).set('Authorization', await api.login(user));
  const types = async (streamId: string) =>
    (
      await api.db.query<{ type: string }>(`SELECT type FROM events WHERE stream_id = $1 ORDER BY stream_position`, [
        streamId,
      ])
    ).map((r) => r.type);
  const register = async (query: string, minPosition: string) =>
    (await get('leader.wang', `/inspection-register?${query}&minPosition=${minPosition}`)).body as {
      items: Body[];
      total: number;
    };

  let noMajor: string;
  let lastPosition = '';
  let beforeSignatures = '';

  it('records the inspection with names and 执法证号 from the user directory, not the client', async () => {
    const res = await post('leader.wang', '/inspections', recordInspectionBody());
    expect(res.status).toBe(201);
    noMajor = res.body.id;
    const { body } = await get('inspector.zhang', `/inspections/${noMajor}`);
    expect(body.inspection.team).toEqual([
      {
        userId: 'u-leader-wang',
        name: '王刚',
        role: 'supervising_leader',
        certificateNo: '14040420230001',
        leader: true,
      },
      { userId: 'u-inspector-zhang', name: '张明', role: 'inspector', certificateNo: '14040420240001', leader: false },
      { userId: 'u-inspector-li', name: '李强', role: 'inspector', certificateNo: '14040420240002', leader: false },
    ]);
    expect(body.inspection).toMatchObject({ complete: false, late: false, kind: 'unannounced' });
  });

  it('refuses a team member without a 执法证号 and an enterprise user, writing nothing', async () => {
    const before = (await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`))[0].n;
    const noCert = recordInspectionBody('mine-demo-1', {
      team: [
        { userId: 'u-leader-wang', leader: true },
        { userId: 'u-auditor', leader: false },
      ],
    });
    expect((await post('leader.wang', '/inspections', noCert)).status).toBe(422);
    expect((await post('enterprise.principal', '/inspections', recordInspectionBody())).status).toBe(403);
    expect((await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`))[0].n).toBe(before);
  });

  it('examines clauses, attaches media and 逢查必考, records "no major hazard"', async () => {
    const base = `/inspections/${noMajor}`;
    const clauses = [
      { clauseId: 'MHS2022-UG-01', note: '安全出口畅通' },
      { clauseId: 'MHS2022-UG-20', note: '主扇运转正常' },
    ];
    expect((await post('inspector.zhang', `${base}/clauses`, { clauses })).status).toBe(200);
    expect(
      (
        await post('inspector.li', `${base}/media`, {
          media: [{ mediaId: 'DSJ-1', hash: 'ab'.repeat(32), alg: 'sm3', pending: true }],
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await post('inspector.li', `${base}/knowledge-tests`, {
          people: [{ name: '王建国', position: '矿长', score: 90 }],
        })
      ).status,
    ).toBe(200);
    const result = await post('leader.wang', `${base}/result`, {
      result: 'no_major_hazard',
      summary: '未发现重大事故隐患',
    });
    expect(result.status).toBe(200);
    beforeSignatures = new Date().toISOString();
    lastPosition = result.body.logPosition;
  });

  it('completes only with the third signature; a wrong password writes nothing; nobody signs twice', async () => {
    const path = `/inspections/${noMajor}/signatures`;
    const stream = streams.inspection(noMajor);
    const before = await types(stream);
    expect((await post('inspector.zhang', path, { password: 'wrong-password' })).status).toBe(401);
    expect(await types(stream)).toEqual(before);
    expect((await post('inspector.zhang', path, { password: 'Demo-2024!' })).status).toBe(200);
    expect((await post('inspector.zhang', path, { password: 'Demo-2024!' })).status).toBe(409);
    expect((await post('inspector.other', path, { password: 'Demo-2024!' })).status).toBe(403);
    expect((await post('inspector.li', path, { password: 'Demo-2024!' })).status).toBe(200);
    expect((await get('leader.wang', `/inspections/${noMajor}`)).body.inspection).toMatchObject({
      complete: false,
      unsignedMembers: ['u-leader-wang'],
    });
    const last = await post('leader.wang', path, { password: 'Demo-2024!' });
    expect(last.status).toBe(200);
    lastPosition = last.body.logPosition;
    expect((await types(stream)).slice(-4)).toEqual([
      'InspectionResultSigned',
      'InspectionResultSigned',
      'InspectionResultSigned',
      'InspectionCompleted',
    ]);
    const { inspection } = (await get('auditor', `/inspections/${noMajor}`)).body;
    expect(inspection).toMatchObject({ complete: true, unsignedMembers: [] });
    expect(inspection.signatures.map((s: Body) => s.meaning)).toEqual(
      Array(3).fill('检查结果签名 / inspection result signed'),
    );
  });

  it('the register as of before the signatures shows it unsigned; now it is complete', async () => {
    const now = await register(`mineId=mine-demo-1`, lastPosition);
    expect(now.items.find((r) => r.inspectionId === noMajor)).toMatchObject({
      unsigned: false,
      result: 'no_major_hazard',
    });
    const before = (await get('auditor', `/inspections/${noMajor}?asOf=${beforeSignatures}`)).body;
    expect(before).toMatchObject({ asOf: beforeSignatures, inspection: { complete: false, signatures: [] } });
    const then = await register(`asOf=${beforeSignatures}`, lastPosition);
    expect(then.items.find((r) => r.inspectionId === noMajor)).toMatchObject({
      unsigned: true,
      unsignedMembers: expect.arrayContaining(['u-leader-wang']),
    });
  });

  it('a later inspection records a finding: the hazard is created linked to it, once, even when retried', async () => {
    const rec = await post(
      'inspector.zhang',
      '/inspections',
      recordInspectionBody('mine-demo-1', { kind: 'key_supervision' }),
    );
    const id = rec.body.id as string;
    const first = await post('inspector.zhang', `/inspections/${id}/findings`, findingBody());
    expect(first.status).toBe(201);
    const hazardId = first.body.hazardId as string;
    const retry = await post('inspector.zhang', `/inspections/${id}/findings`, findingBody());
    expect(retry.body).toEqual(first.body);
    expect(await types(streams.hazard(hazardId))).toEqual(['HazardDiscovered']);
    expect((await types(streams.inspection(id))).filter((t) => t === 'InspectionFindingRecorded')).toHaveLength(1);
    const hazard = (await get('inspector.zhang', `/hazards/${hazardId}`)).body.hazard;
    expect(hazard).toMatchObject({ source: 'inspection' });
    const [discovered] = await api.db.query<{ data: Body }>(`SELECT data FROM events WHERE stream_id = $1`, [
      streams.hazard(hazardId),
    ]);
    expect(discovered.data.linkedRef).toEqual({ kind: 'inspection', id });
    const { inspection } = (await get('inspector.zhang', `/inspections/${id}`)).body;
    expect(inspection.clauses).toEqual([{ clauseId: 'MHS2022-UG-20', result: 'finding', note: null, hazardId }]);
    lastPosition = first.body.logPosition;
  });

  it('an unsigned inspection is flagged and found with unsigned=true; a late entry shows its reason', async () => {
    const late = recordInspectionBody('mine-demo-2', {
      occurredAt: new Date(Date.now() - 5 * 86_400_000).toISOString(),
      lateReason: '执法终端离线，回局补录',
    });
    expect((await post('leader.wang', '/inspections', { ...late, lateReason: undefined })).status).toBe(422);
    const res = await post('leader.wang', '/inspections', late);
    expect(res.status).toBe(201);
    const unsigned = await register('unsigned=true', res.body.logPosition);
    const ids = unsigned.items.map((r) => r.inspectionId);
    expect(ids).toContain(res.body.id);
    expect(ids).not.toContain(noMajor);
    expect(unsigned.items.find((r) => r.inspectionId === res.body.id)).toMatchObject({
      late: true,
      lateReason: '执法终端离线，回局补录',
      unsigned: true,
    });
    const byInspector = await register('inspectorId=u-inspector-li&kind=unannounced', res.body.logPosition);
    expect(byInspector.items.every((r) => r.kind === 'unannounced')).toBe(true);
  });

  it('exports the register with Chinese headers and logs every read', async () => {
    const res = await api.http
      .get(`/inspection-register/export?minPosition=${lastPosition}`)
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
    const header = book.worksheets[0].getRow(1).values as string[];
    expect(header).toEqual(
      expect.arrayContaining([
        '检查编号 inspectionId',
        '检查组（执法证号）team',
        '未签名 unsigned',
        '补录原因 lateReason',
      ]),
    );
    const logged = await api.db.query<{ kind: string }>(
      `SELECT kind FROM access_log WHERE record_type = 'inspection-register'`,
    );
    expect(logged.map((r) => r.kind)).toEqual(expect.arrayContaining(['read', 'export']));
    expect((await api.db.query(`SELECT 1 FROM access_log WHERE record_type = 'inspection'`)).length).toBeGreaterThan(0);
  });
});
