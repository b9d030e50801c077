import ExcelJS from 'exceljs';
import { ApiApp } from '../../support/api-app';
import { dutyRequests } from '../../support/duty-requests';
import { startWithDemoMines } from '../hazards/hazard-steps';

type Body = Record<string, unknown>;
const M = 'mine-demo-1';

describe('contractors, census, 体检式精查 and 一企一档 over HTTP: main paths, registers as of any time, exports (real PostgreSQL)', () => {
  let api: ApiApp;
  let last = '';
  const ids = { contractor: '', factor: '', campaign: '' };
  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
  }, 60_000);
  afterAll(() => api.close());

  const post = async (user: string, path: string, body: object, status = 200) => {
    const res = await api.http
      .post(path)
      .set('Authorization', await api.login(user))
      .send(body);
    expect({ path, status: res.status, body: res.status === status ? null : res.body }).toEqual({
      path,
      status,
      body: null,
    });
    last = res.body.logPosition;
    return res.body as { id: string };
  };
  const get = async (user: string, path: string) =>
    (
      await api.http
        .get(`${path}${path.includes('?') ? '&' : '?'}minPosition=${last}`)
        .set('Authorization', await api.login(user))
        .expect(200)
    ).body;
  const body = (command: string, over: Body = {}) => ({ ...dutyRequests[command].body(M), ...over });

  it('a contractor is registered, assessed for February, and the ledger names the months still missing', async () => {
    ids.contractor = (
      await post(
        'enterprise.principal',
        '/contractors',
        body('RegisterContractor', { contractFrom: '2024-01-01' }),
        201,
      )
    ).id;
    await post('enterprise.staff', `/contractors/${ids.contractor}/assessments`, body('RecordContractorAssessment'));
    const page = await get('leader.wang', `/contractor-register?mineId=${M}`);
    const thisMonth = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
    const [row] = page.items;
    expect(row).toMatchObject({ contractorId: ids.contractor, overLimit: false, active: true });
    expect(row.missingMonths[0]).toBe('2024-01');
    expect(row.missingMonths).not.toContain('2024-02');
    expect(row.missingMonths.at(-1) < thisMonth).toBe(true);
    const before = await get('auditor', `/contractor-register?mineId=${M}&asOf=2020-01-01T00:00:00Z`);
    expect(before.items).toEqual([]);
  });

  it('a hazard names its contractor, and the hazard ledger answers "hazards by contractor"', async () => {
    const hazard = await post(
      'enterprise.staff',
      '/hazards',
      {
        ...{ mineId: M, source: 'self_check', location: '-120m 中段掘进面', description: '外包队伍支护不及时' },
        ...{ evidence: [], occurredAt: new Date().toISOString(), contractorId: ids.contractor },
      },
      201,
    );
    const ledger = await get('leader.wang', `/ledgers/hazards?contractorId=${ids.contractor}`);
    expect(ledger.items.map((r: Body) => [r.hazardId, r.contractorId])).toEqual([[hazard.id, ids.contractor]]);
  });

  it('a goaf found by survey is cross-validated by drilling, treated and verified; the census shows it', async () => {
    ids.factor = (await post('enterprise.staff', '/hidden-factors', body('RecordHiddenFactor'), 201)).id;
    await post(
      'enterprise.staff',
      `/hidden-factors/${ids.factor}/cross-validations`,
      body('CrossValidateHiddenFactor'),
    );
    await post('enterprise.staff', `/hidden-factors/${ids.factor}/treatment`, body('RecordHiddenFactorTreatment'));
    await post(
      'enterprise.principal',
      `/hidden-factors/${ids.factor}/verification`,
      body('VerifyHiddenFactorTreatment'),
    );
    const page = await get('enterprise.principal', '/hidden-factor-register');
    expect(page.items).toEqual([
      expect.objectContaining({ factorId: ids.factor, crossValidated: true, treatment: 'verified' }),
    ]);
  });

  it('the regulator launches a 体检式精查; the mine rectifies; the regulator closes; items past deadline show with owners', async () => {
    ids.campaign = (await post('leader.wang', '/exam-campaigns', body('LaunchExamCampaign'), 201)).id;
    await post('inspector.zhang', `/exam-campaigns/${ids.campaign}/items/item-1/finding`, body('RecordExamFinding'));
    await post(
      'enterprise.principal',
      `/exam-campaigns/${ids.campaign}/items/item-1/rectification`,
      body('RecordExamRectification'),
    );
    await post('leader.wang', `/exam-campaigns/${ids.campaign}/items/item-1/closure`, { note: '复查合格，销项' });
    const july = await get('leader.wang', '/exam-items?pastDeadline=true');
    expect(july.items.map((i: Body) => [i.itemId, i.owner])).toEqual([['item-2', '孙技术']]);
    const now = await get('leader.wang', `/exam-items?mineId=${M}`);
    expect(now.items.map((i: Body) => [i.itemId, i.status])).toEqual([
      ['item-1', 'closed'],
      ['item-2', 'open'],
    ]);
  });

  it('the mine keeps its file; every change keeps who and when; an expired certificate shows on the board', async () => {
    await post('enterprise.principal', `/enterprise-files/${M}/people`, body('AppointFilePerson'));
    await post(
      'enterprise.staff',
      `/enterprise-files/${M}/engineers`,
      body('AddSafetyEngineer', { validUntil: '2099-06-30' }),
    );
    await post(
      'enterprise.staff',
      `/enterprise-files/${M}/certificates`,
      body('RecordOperatorCertificate', { validUntil: '2020-01-31' }),
    );
    await post('enterprise.staff', `/enterprise-files/${M}/safety-funds`, body('RecordSafetyFunds'));
    const { file } = await get('auditor', `/enterprise-files/${M}`);
    expect(file.posts.principal).toMatchObject({ name: '赵矿长', by: 'u-enterprise-principal' });
    expect(file.changes.map((c: Body) => c.type)).toEqual([
      'EnterpriseFilePersonAppointed',
      'EnterpriseFileEngineerAdded',
      'EnterpriseFileCertificateRecorded',
      'EnterpriseFileFundsRecorded',
    ]);
    const board = await get('leader.wang', '/certificate-board');
    expect(board.items).toEqual([
      expect.objectContaining({
        number: 'T140404199001011234',
        state: 'expired',
        mineName: expect.any(String),
        jurisdiction: '140404',
      }),
    ]);
  });

  it('exports each register with Chinese headers and logs every read and export', async () => {
    for (const [path, header] of [
      ['/contractor-register/export', '缺考核月份 missingMonths'],
      ['/hidden-factor-register/export', '相互验证 crossValidated'],
      ['/exam-items/export', '责任人 owner'],
      ['/certificate-board/export', '有效期至 validUntil'],
    ]) {
      const res = await api.http
        .get(`${path}?minPosition=${last}`)
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
      expect(book.worksheets[0].getRow(1).values).toEqual(expect.arrayContaining([header]));
    }
    const logged = await api.db.query<{ record_type: string; kind: string }>(
      `SELECT DISTINCT record_type, kind FROM access_log WHERE record_type LIKE '%-register' AND record_type NOT IN ('inspection-register')`,
    );
    expect(logged).toEqual(
      expect.arrayContaining(
        ['contractor-register', 'hidden-factor-register', 'exam-campaign-register', 'enterprise-file-register'].flatMap(
          (t) => [
            { record_type: t, kind: 'read' },
            { record_type: t, kind: 'export' },
          ],
        ),
      ),
    );
  });
});
