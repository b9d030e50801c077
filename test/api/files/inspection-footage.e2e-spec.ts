import { mkdtemp, rm } from 'node:fs/promises';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_STORE } from '@hazard-ledger/event-store';
import { seedDemoMines } from '../../../apps/api/src/demo/demo-mines';
import { ApiApp, startApiApp } from '../../support/api-app';
import { MP4_HEAD, sm3 } from '../../support/evidence-files';
import { recordInspectionBody } from '../../support/inspection-requests';
import { rawGet } from '../../support/raw-download';

/** 执法记录仪 footage is read through the inspection that cites it, as a hazard's photos are through the hazard. */
describe('evidence files cited by an inspection: recorder footage, verified and scoped by the inspection (issue 18)', () => {
  let api: ApiApp;
  let port: number;
  let dir: string;
  let inspectionId: string;
  const clip = Buffer.concat([MP4_HEAD, Buffer.alloc(64_000, 9)]);

  const as = (user: string) => api.login(user);
  const accesses = async () =>
    (
      await api.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM access_log WHERE record_type = 'file' AND $1 = ANY(record_ids)`,
        [sm3(clip)],
      )
    )[0].n;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'footage-e2e-'));
    process.env.FILES_DIR = join(dir, 'files');
    process.env.UPLOADS_DIR = join(dir, 'uploads');
    api = await startApiApp();
    await seedDemoMines(api.app.get(EVENT_STORE), new Date().toISOString());
    await api.app.listen(0, '127.0.0.1');
    port = (api.app.getHttpServer().address() as AddressInfo).port;
    const recorded = await api.http
      .post('/inspections')
      .set('Authorization', await as('leader.wang'))
      .send(recordInspectionBody('mine-demo-1'))
      .expect(201);
    inspectionId = recorded.body.id;
    await api.http
      .post('/files')
      .set('Authorization', await as('inspector.li'))
      .attach('file', clip, 'dsj.mp4')
      .expect(201);
    await api.http
      .post(`/inspections/${inspectionId}/media`)
      .set('Authorization', await as('inspector.li'))
      .send({ media: [{ mediaId: 'DSJ-2024-0310-007', hash: sm3(clip), alg: 'sm3' }] })
      .expect(200);
  });
  afterAll(async () => {
    await api.close();
    delete process.env.FILES_DIR;
    delete process.env.UPLOADS_DIR;
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the footage whole and by range to who may read the inspection, each download logged', async () => {
    const path = `/files/${sm3(clip)}?inspectionId=${inspectionId}`;
    const whole = await rawGet(port, path, { Authorization: await as('auditor') });
    expect(whole).toMatchObject({ status: 200, complete: true });
    expect(whole.headers['content-type']).toBe('video/mp4');
    expect(whole.body.equals(clip)).toBe(true);
    const part = await rawGet(port, path, { Authorization: await as('enterprise.principal'), Range: 'bytes=100-1099' });
    expect(part.status).toBe(206);
    expect(part.body.equals(clip.subarray(100, 1100))).toBe(true);
    expect(await accesses()).toBe(2);
  });

  it('refuses it to who may not read the inspection (403) and names no file the inspection does not cite (404)', async () => {
    for (const user of ['enterprise.other', 'inspector.other'])
      await api.http
        .get(`/files/${sm3(clip)}?inspectionId=${inspectionId}`)
        .set('Authorization', await as(user))
        .expect(403);
    await api.http
      .get(`/files/${'ab'.repeat(32)}?inspectionId=${inspectionId}`)
      .set('Authorization', await as('auditor'))
      .expect(404);
    expect(await accesses()).toBe(2);
  });

  it('wants exactly one citing record: both or neither is a 400 problem', async () => {
    const auditor = await as('auditor');
    const both = `/files/${sm3(clip)}?inspectionId=${inspectionId}&hazardId=${inspectionId}`;
    for (const path of [both, `/files/${sm3(clip)}`]) {
      const res = await api.http.get(path).set('Authorization', auditor).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });
});
