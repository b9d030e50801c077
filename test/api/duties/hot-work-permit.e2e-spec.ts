import { DEMO_PASSWORD } from '@hazard-ledger/auth';
import ExcelJS from 'exceljs';
import { ApiApp } from '../../support/api-app';
import { hotWorkPermitRequests as R, permitBody } from '../../support/monthly-duty-requests';
import { findingBody, recordInspectionBody } from '../../support/inspection-requests';
import { startWithDemoMines } from '../hazards/hazard-steps';
import { plantDutyRecords } from '../../support/duty-requests';
import { EVENT_STORE } from '@hazard-ledger/event-store';

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

/** 一项动火作业、一张动火作业票: the permit's main path, its refusals, and unpermitted hot work found by inspection. */
describe('动火作业票: hot-work permits over HTTP', () => {
  let api: ApiApp;
  let last = '';

  const post = async (username: string, path: string, body: object, status = 200) => {
    const res = await api.http
      .post(path)
      .set('Authorization', await api.login(username))
      .send(body);
    expect({ path, status: res.status, body: res.body }).toMatchObject({ path, status });
    if (res.status < 300) last = res.body.logPosition;
    else expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    return res.body as { id: string; logPosition: string; detail?: string };
  };
  const eventTypes = async (permitId: string) =>
    (
      await api.db.query<{ type: string }>(`SELECT type FROM events WHERE stream_id = $1 ORDER BY stream_position`, [
        `hot-work-permit-${permitId}`,
      ])
    ).map((r) => r.type);
  const register = async (username: string, query = '') => {
    const res = await api.http
      .get(`/hot-work-permit-register?minPosition=${last}${query}`)
      .set('Authorization', await api.login(username));
    expect(res.status).toBe(200);
    return res.body as {
      items: { permitId: string; status: string; approvedBy: { id: string } | null }[];
      unpermittedHotWork: { inspectionId: string; hazardId: string | null }[];
    };
  };

  let contractorId = '';

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    // A permit's contractor must be registered at the permit's mine.
    contractorId = (await plantDutyRecords(api.app.get(EVENT_STORE), 'mine-demo-1', 'hw')).contractor;
  });
  afterAll(() => api.close());

  it('requested by staff, approved by the safety director with the precautions, started in its window, finished', async () => {
    const { id } = await post(
      'enterprise.staff',
      '/hot-work-permits',
      permitBody('mine-demo-1', { contractorId }),
      201,
    );
    await post('enterprise.safety', R.ApproveHotWorkPermit.path(id), R.ApproveHotWorkPermit.body());
    await post('enterprise.staff', R.StartHotWork.path(id), {});
    await post('enterprise.staff', R.FinishHotWork.path(id), R.FinishHotWork.body());
    expect(await eventTypes(id)).toEqual([
      'HotWorkPermitRequested',
      'HotWorkPermitApproved',
      'HotWorkStarted',
      'HotWorkFinished',
    ]);
    const row = (await register('leader.wang')).items.find((i) => i.permitId === id);
    expect(row).toMatchObject({
      status: 'finished',
      approvedBy: { id: 'u-enterprise-safety-director' },
      contractorId,
    });
  });

  it('a permit cannot be approved by its requester', async () => {
    const { id } = await post('enterprise.safety', '/hot-work-permits', permitBody(), 201);
    const refused = await post(
      'enterprise.safety',
      R.ApproveHotWorkPermit.path(id),
      R.ApproveHotWorkPermit.body(),
      403,
    );
    expect(refused.detail).toMatch(/申请人/);
    await post('enterprise.principal', R.ApproveHotWorkPermit.path(id), R.ApproveHotWorkPermit.body());
  });

  it('a permit used outside its window is refused, and staff may not approve at all', async () => {
    const later = permitBody('mine-demo-1', { windowStart: inMinutes(180), windowEnd: inMinutes(300) });
    const { id } = await post('enterprise.staff', '/hot-work-permits', later, 201);
    await post('enterprise.staff', R.ApproveHotWorkPermit.path(id), R.ApproveHotWorkPermit.body(), 403);
    await post('enterprise.principal', R.ApproveHotWorkPermit.path(id), R.ApproveHotWorkPermit.body());
    const refused = await post('enterprise.staff', R.StartHotWork.path(id), {}, 409);
    expect(refused.detail).toMatch(/有效时间/);
    expect(await eventTypes(id)).toEqual(['HotWorkPermitRequested', 'HotWorkPermitApproved']);
    await post('enterprise.staff', R.CancelHotWorkPermit.path(id), R.CancelHotWorkPermit.body());
    await post('enterprise.staff', R.StartHotWork.path(id), {}, 409);
  });

  it('no permit after the fact, and none longer than the policy allows', async () => {
    await post(
      'enterprise.staff',
      '/hot-work-permits',
      permitBody('mine-demo-1', { windowStart: inMinutes(-300), windowEnd: inMinutes(-200) }),
      422,
    );
    await post(
      'enterprise.staff',
      '/hot-work-permits',
      permitBody('mine-demo-1', { windowEnd: inMinutes(9 * 60) }),
      422,
    );
  });

  it('unpermitted hot work found by an inspection (UG-29) shows in the ledger for the mine, for regulators and the mine', async () => {
    const leader = 'leader.wang';
    const inspection = await post(leader, '/inspections', recordInspectionBody('mine-demo-1'), 201);
    const finding = await post(leader, `/inspections/${inspection.id}/findings`, findingBody('MHS2022-UG-29'), 201);
    for (const username of ['leader.wang', 'enterprise.principal', 'investigator']) {
      const { unpermittedHotWork } = await register(username, '&mineId=mine-demo-1');
      expect(unpermittedHotWork).toEqual([
        expect.objectContaining({
          inspectionId: inspection.id,
          mineId: 'mine-demo-1',
          hazardId: (finding as unknown as { hazardId: string }).hazardId,
        }),
      ]);
    }
    expect((await register('enterprise.other')).unpermittedHotWork).toEqual([]);
    const before = await register('leader.wang', `&asOf=${new Date(Date.parse('2025-01-01')).toISOString()}`);
    expect(before).toMatchObject({ items: [], unpermittedHotWork: [] });
  });

  it('exports the register with Chinese headers; every read and export is in the access log', async () => {
    const res = await api.http
      .get(`/hot-work-permit-register/export?minPosition=${last}`)
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
    expect(book.worksheets[0].getRow(1).values).toEqual(
      expect.arrayContaining(['审批人 approvedBy', '审批措施 approvedPrecautions']),
    );
    expect(book.worksheets[0].rowCount).toBe(4);
    const logged = await api.db.query<{ kind: string }>(
      `SELECT DISTINCT kind FROM access_log WHERE record_type = 'hot-work-permit-register' ORDER BY 1`,
    );
    expect(logged).toEqual([{ kind: 'export' }, { kind: 'read' }]);
  });

  it('signs the approval with the approver’s password: a wrong one is a 401 and writes nothing', async () => {
    const { id } = await post('enterprise.staff', '/hot-work-permits', permitBody(), 201);
    await post(
      'enterprise.principal',
      R.ApproveHotWorkPermit.path(id),
      { ...R.ApproveHotWorkPermit.body(), password: 'wrong' },
      401,
    );
    expect(await eventTypes(id)).toEqual(['HotWorkPermitRequested']);
    expect(DEMO_PASSWORD).toBeTruthy();
  });
});
