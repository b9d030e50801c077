import ExcelJS from 'exceljs';
import { EVENT_STORE } from '@hazard-ledger/event-store';
import { seedDemoMines } from '../../../apps/api/src/demo/demo-mines';
import { ApiApp, startApiApp } from '../../support/api-app';
import { PlantedInspectionTeams, PlantedInspectionTeamsModule } from '../../support/planted-inspection-teams';

const MINE = 'mine-demo-1';
const PASSWORD = { password: 'Demo-2024!' };
const BASIS = '安全生产法第一百零一条';
const WAIT = { Prefer: 'wait=30' };

describe('执法文书台账 and 行政处罚台账 on real PostgreSQL (projections running)', () => {
  let api: ApiApp;
  let lastPosition = '';
  const post = async (username: string, path: string, body: object, expected = 200) => {
    const res = await api.http
      .post(path)
      .set('Authorization', await api.login(username))
      .send(body);
    expect({ path, status: res.status, body: res.status === expected ? undefined : res.body }).toEqual({
      path,
      status: expected,
      body: undefined,
    });
    lastPosition = res.body.logPosition;
    return res.body.id as string;
  };
  const get = async (username: string, path: string) =>
    api.http
      .get(path)
      .set('Authorization', await api.login(username))
      .set(WAIT)
      .expect(200);
  const accessRows = (recordType: string) =>
    api.db.query<{ kind: string; record_ids: string[] }>(
      `SELECT kind, record_ids FROM access_log WHERE record_type = $1 ORDER BY id`,
      [recordType],
    );

  beforeAll(async () => {
    api = await startApiApp({ runProjections: true, inspectionTeams: PlantedInspectionTeamsModule });
    await seedDemoMines(api.app.get(EVENT_STORE), new Date().toISOString());
    api.app.get(PlantedInspectionTeams).plant({
      inspectionId: 'insp-reg-1',
      mineId: MINE,
      members: [
        { userId: 'u-inspector-zhang', certificateNo: '14040420240001', leader: true },
        { userId: 'u-leader-wang', certificateNo: '14040420230001', leader: false },
      ],
    });
  });
  afterAll(() => api.close());

  /** Drafted by 张明, legally reviewed by 李强 (not on the team), signed by 王刚 (the approving leader). */
  const signedDocument = async (kind: string, docNo: string, inspectionId?: string) => {
    const content = { facts: '-220m 中段仅有一个安全出口', basis: BASIS };
    const id = await post(
      'inspector.zhang',
      '/documents',
      { kind, docNo, mineId: MINE, inspectionId, hazardIds: [], content },
      201,
    );
    await post('inspector.li', `/documents/${id}/legal-review`, { conclusion: 'approved', opinion: '同意' });
    await post('leader.wang', `/documents/${id}/signature`, PASSWORD);
    return id;
  };

  it('a document amended after service: each date shows its version, the diff and reason are in the audit trail, and the register flags it', async () => {
    const id = await signedDocument('suspension_order', '(上)应急停〔2024〕8号', 'insp-reg-1');
    await post('inspector.zhang', `/documents/${id}/service`, {
      method: 'in_person',
      recipient: '王建国',
      servedAt: new Date().toISOString(),
    });
    const served = (await get('leader.wang', `/registers/documents?minPosition=${lastPosition}`)).body;
    const beforeAmendment = new Date().toISOString();
    await post('inspector.zhang', `/documents/${id}/amendments`, {
      content: { facts: '-220m 中段仅有一个安全出口（另一出口坍塌）', basis: BASIS },
      reason: '补充现场核实情况',
    });
    expect(served.items.find((r: { documentId: string }) => r.documentId === id)).toMatchObject({
      version: 1,
      amendedAfterService: false,
    });
    const register = (
      await get('leader.wang', `/registers/documents?amendedAfterSigning=true&minPosition=${lastPosition}`)
    ).body;
    expect(register.items).toEqual([
      expect.objectContaining({
        documentId: id,
        version: 2,
        amendedAfterService: true,
        amendments: [expect.objectContaining({ version: 2, reason: '补充现场核实情况', fields: ['facts'] })],
      }),
    ]);
    const then = (await get('leader.wang', `/registers/documents?asOf=${encodeURIComponent(beforeAmendment)}`)).body;
    expect(then.items.find((r: { documentId: string }) => r.documentId === id)).toMatchObject({
      version: 1,
      content: { facts: '-220m 中段仅有一个安全出口' },
      amendedAfterService: false,
    });
    const trail = (await get('auditor', `/audit-trail?entityType=document&entityId=${id}&minPosition=${lastPosition}`))
      .body;
    expect(trail.entries.at(-1)).toMatchObject({
      eventType: 'DocumentAmended',
      reason: '补充现场核实情况',
      changes: expect.arrayContaining([
        {
          path: 'content.facts',
          before: '-220m 中段仅有一个安全出口',
          after: '-220m 中段仅有一个安全出口（另一出口坍塌）',
        },
      ]),
    });
    expect((await accessRows('document-register')).length).toBeGreaterThanOrEqual(3);
  });

  it('一案双罚 penalty, a company-only penalty and a below-minimum fine: each flagged as it should be, paid or not', async () => {
    const decision = await signedDocument('penalty_decision', '(上)应急罚〔2024〕7号');
    const target = (targetId: string, kind: string, amountYuan: number) => ({
      targetId,
      kind,
      name: `${kind}-${targetId}`,
      amountYuan,
      legalBasis: BASIS,
    });
    const penalty = (targets: object[]) =>
      post(
        'leader.wang',
        '/penalties',
        { mineId: MINE, documentId: decision, hazardIds: [], targets, ...PASSWORD },
        201,
      );
    const dual = await penalty([target('t1', 'company', 150000), target('t2', 'principal', 30000)]);
    const companyOnly = await penalty([target('t1', 'company', 150000)]);
    const low = await penalty([target('t1', 'company', 150000), target('t2', 'principal', 5000)]);
    await post('inspector.zhang', `/penalties/${dual}/payments`, {
      targetId: 't1',
      amountYuan: 150000,
      paidAt: new Date().toISOString(),
      receiptNo: 'R-1',
    });
    await post('inspector.zhang', `/penalties/${dual}/payments`, {
      targetId: 't2',
      amountYuan: 30000,
      paidAt: new Date().toISOString(),
      receiptNo: 'R-2',
    });
    const rows = (await get('leader.wang', `/registers/penalties?minPosition=${lastPosition}`)).body.items as Record<
      string,
      unknown
    >[];
    const row = (id: string) => rows.find((r) => r.penaltyId === id);
    expect(row(dual)).toMatchObject({
      noIndividualTarget: false,
      belowMinimum: false,
      fullyPaid: true,
      paidYuan: 180000,
    });
    expect(row(companyOnly)).toMatchObject({ noIndividualTarget: true, belowMinimum: false, fullyPaid: false });
    expect(row(low)).toMatchObject({ noIndividualTarget: false, belowMinimum: true });
    const flagged = (await get('auditor', '/registers/penalties?belowMinimum=true')).body.items;
    expect(flagged.map((r: { penaltyId: string }) => r.penaltyId)).toEqual([low]);
  });

  it('refuses a penalty citing a document that is not a 行政处罚决定书 (422), writing nothing', async () => {
    const order = await signedDocument('suspension_order', '(上)应急停〔2024〕9号', 'insp-reg-1');
    const before = (await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`))[0].n;
    const body = {
      mineId: MINE,
      documentId: order,
      hazardIds: [],
      targets: [{ targetId: 't1', kind: 'company', name: 'x', amountYuan: 1, legalBasis: BASIS }],
      ...PASSWORD,
    };
    const res = await api.http
      .post('/penalties')
      .set('Authorization', await api.login('leader.wang'))
      .send(body);
    expect(res.status).toBe(422);
    expect((await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`))[0].n).toBe(before);
  });

  it('exports both registers to Excel with Chinese headers, each export in the access log', async () => {
    const xlsx = async (path: string) => {
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
    expect((await xlsx('/registers/documents/export')).getRow(1).getCell(1).value).toBe('文书编号 docNo');
    const penalties = await xlsx('/registers/penalties/export?noIndividualTarget=true');
    expect(penalties.getRow(1).getCell(1).value).toBe('处罚决定书 docNo');
    expect(penalties.rowCount).toBe(2);
    expect((await accessRows('penalty-register')).filter((r) => r.kind === 'export')).toHaveLength(1);
  });
});
