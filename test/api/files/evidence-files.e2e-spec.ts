import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_STORE } from '@hazard-ledger/event-store';
import { FILE_STORE, LocalFileStore } from '@hazard-ledger/file-store';
import { seedDemoMines } from '../../../apps/api/src/demo/demo-mines';
import { ApiApp, startApiApp } from '../../support/api-app';
import { MP4_HEAD, aPeExecutable, aPhoto, anElfExecutable, sm3 } from '../../support/evidence-files';
import { finding } from '../../support/hazard-requests';
import { rawGet } from '../../support/raw-download';

const MiB = 1024 * 1024;

describe('evidence files: upload, cite, verified download (issue 18)', () => {
  let api: ApiApp;
  let port: number;
  let dir: string;
  let staff: string;
  let photo: Buffer;
  let hazardId: string;

  const upload = (bytes: Buffer, name: string) =>
    api.http.post('/files').set('Authorization', staff).attach('file', bytes, name);
  const discover = (evidence: object[]) =>
    api.http
      .post('/hazards')
      .set('Authorization', staff)
      .send({ mineId: 'mine-demo-1', ...finding(), evidence });
  const fileAccesses = async (digest: string) =>
    (
      await api.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM access_log WHERE record_type = 'file' AND $1 = ANY(record_ids)`,
        [digest],
      )
    )[0].n;
  const events = async () => (await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`))[0].n;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'evidence-e2e-'));
    process.env.FILES_DIR = join(dir, 'files');
    process.env.UPLOADS_DIR = join(dir, 'uploads');
    api = await startApiApp();
    await seedDemoMines(api.app.get(EVENT_STORE), new Date().toISOString());
    await api.app.listen(0, '127.0.0.1');
    port = (api.app.getHttpServer().address() as AddressInfo).port;
    staff = await api.login('enterprise.staff');
    photo = await aPhoto(1);
  });
  afterAll(async () => {
    await api.close();
    delete process.env.FILES_DIR;
    delete process.env.UPLOADS_DIR;
    await rm(dir, { recursive: true, force: true });
  });

  it('stores an upload under the SM3 digest computed by the server, with the type read from its bytes', async () => {
    const res = await upload(photo, 'exit-blocked.jpg').expect(201);
    expect(res.body).toMatchObject({
      hash: sm3(photo),
      alg: 'sm3',
      mime: 'image/png',
      kind: 'image',
      size: photo.length,
    });
    expect(res.body.created).toBe(true);
    expect((await upload(photo, 'again.png').expect(201)).body.created).toBe(false);
  });

  it('refuses an executable renamed .jpg (ELF and PE), whatever the claimed type', async () => {
    for (const exe of [anElfExecutable(), aPeExecutable()]) {
      const res = await api.http
        .post('/files')
        .set('Authorization', staff)
        .attach('file', exe, { filename: 'photo.jpg', contentType: 'image/jpeg' });
      expect(res.status).toBe(415);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    const store = api.app.get<LocalFileStore>(FILE_STORE);
    expect(await store.stat(sm3(anElfExecutable()))).toBeUndefined();
  });

  it('refuses a photo over the size limit of its kind (413) and stores nothing of it', async () => {
    const huge = Buffer.concat([photo.subarray(0, 16), Buffer.alloc(26 * MiB, 1)]);
    const res = await upload(huge, 'huge.png');
    expect([res.status, res.body.detail]).toEqual([413, expect.stringContaining('image size limit')]);
    expect(res.body.detail).toContain('image size limit');
    expect(await api.app.get<LocalFileStore>(FILE_STORE).stat(sm3(huge))).toBeUndefined();
  });

  it('refuses a command citing a digest the store does not hold (422), writing nothing', async () => {
    const before = await events();
    const res = await discover([
      { hash: sm3(Buffer.from('never uploaded')), alg: 'sm3', name: 'x.jpg', mime: 'image/jpeg' },
    ]);
    expect(res.status).toBe(422);
    expect(res.body.detail).toContain('Evidence not uploaded');
    expect(await events()).toBe(before);
  });

  it('accepts a pending upload (offline capture) and serves it once the bytes arrive', async () => {
    const later = await aPhoto(2);
    const evidence = { hash: sm3(later), alg: 'sm3', name: 'offline.png', mime: 'image/png', pending: true };
    const created = await discover([evidence]).expect(201);
    const id = created.body.id as string;
    const [recorded] = await api.db.query<{ data: { evidence: object[] } }>(
      `SELECT data FROM events WHERE stream_id = $1`,
      [`hazard-${id}`],
    );
    expect(recorded.data.evidence).toEqual([evidence]);
    await api.http
      .get(`/files/${sm3(later)}?hazardId=${id}`)
      .set('Authorization', staff)
      .expect(404);
    await upload(later, 'offline.png').expect(201);
    const got = await rawGet(port, `/files/${sm3(later)}?hazardId=${id}`, { Authorization: staff });
    expect(got.status).toBe(200);
    expect(got.body.equals(later)).toBe(true);
  });

  it('serves a cited file to who may read the hazard, whole, by range (206) and as a thumbnail, each access logged', async () => {
    hazardId = (await discover([{ hash: sm3(photo), alg: 'sm3', name: 'exit.png', mime: 'image/png' }]).expect(201))
      .body.id;
    const path = `/files/${sm3(photo)}?hazardId=${hazardId}`;
    const whole = await rawGet(port, path, { Authorization: staff });
    expect(whole).toMatchObject({ status: 200, complete: true });
    expect(whole.headers['content-type']).toBe('image/png');
    expect(whole.body.equals(photo)).toBe(true);
    const part = await rawGet(port, path, { Authorization: staff, Range: 'bytes=10-49' });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 10-49/${photo.length}`);
    expect(part.body.equals(photo.subarray(10, 50))).toBe(true);
    const thumb = await api.http
      .get(`/files/${sm3(photo)}/thumbnail?hazardId=${hazardId}`)
      .set('Authorization', staff)
      .expect(200);
    expect(thumb.headers['content-type']).toBe('image/jpeg');
    expect(await fileAccesses(sm3(photo))).toBe(3);
  });

  it('refuses the files of a hazard to who may not read the hazard (403), and a file the hazard does not cite (404)', async () => {
    const outsider = await api.login('inspector.other');
    await api.http
      .get(`/files/${sm3(photo)}?hazardId=${hazardId}`)
      .set('Authorization', outsider)
      .expect(403);
    await api.http
      .get(`/files/${sm3(photo)}/thumbnail?hazardId=${hazardId}`)
      .set('Authorization', outsider)
      .expect(403);
    const uncited = await aPhoto(3);
    await upload(uncited, 'uncited.png').expect(201);
    await api.http
      .get(`/files/${sm3(uncited)}?hazardId=${hazardId}`)
      .set('Authorization', staff)
      .expect(404);
  });

  it('stops the download of bytes altered on disk behind the system’s back: a broken transfer and an alarm', async () => {
    const store = api.app.get<LocalFileStore>(FILE_STORE);
    const path = store.pathOf(sm3(photo));
    await chmod(path, 0o644);
    const altered = Buffer.from(photo);
    altered[altered.length - 20] ^= 0xff;
    await writeFile(path, altered);
    const got = await rawGet(port, `/files/${sm3(photo)}?hazardId=${hazardId}`, { Authorization: staff });
    expect(got.status).toBe(200);
    expect(got.complete).toBe(false);
    expect(got.body.length).toBeLessThan(photo.length);
    await api.http
      .get(`/files/${sm3(photo)}/thumbnail?hazardId=${hazardId}`)
      .set('Authorization', staff)
      .expect(500);
    const metrics = await api.http.get('/metrics').set('Authorization', await api.login('sysadmin'));
    expect(metrics.text).toMatch(/hazard_ledger_evidence_files_altered_total 2/);
  });

  it('lets only the roles that record acts upload: 403 for auditors, investigators and administrators, 401 anonymous', async () => {
    for (const who of ['auditor', 'investigator', 'sysadmin', 'secadmin', 'auditadmin']) {
      const res = await api.http
        .post('/files')
        .set('Authorization', await api.login(who))
        .attach('file', photo, 'p.png');
      expect([who, res.status]).toEqual([who, 403]);
    }
    await api.http.post('/files').attach('file', photo, 'p.png').expect(401);
  });

  it('takes footage as video by its ftyp box', async () => {
    const clip = Buffer.concat([MP4_HEAD, Buffer.alloc(100_000, 7)]);
    const res = await upload(clip, 'recorder.mp4').expect(201);
    expect(res.body).toMatchObject({ kind: 'video', mime: 'video/mp4', hash: sm3(clip) });
  });
});
