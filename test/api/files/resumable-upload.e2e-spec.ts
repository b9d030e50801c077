import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FILE_STORE, FileStore } from '@hazard-ledger/file-store';
import { ApiApp, startApiApp } from '../../support/api-app';
import { MP4_HEAD, anElfExecutable, sm3 } from '../../support/evidence-files';
import { droppedPatch, tusRequest } from '../../support/tus-client';

const MiB = 1024 * 1024;

describe('resumable uploads (tus) of recorder footage', () => {
  let api: ApiApp;
  let port: number;
  let dir: string;
  let auth: Record<string, string>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tus-e2e-'));
    process.env.FILES_DIR = join(dir, 'files');
    process.env.UPLOADS_DIR = join(dir, 'uploads');
    api = await startApiApp();
    await api.app.listen(0, '127.0.0.1');
    port = (api.app.getHttpServer().address() as AddressInfo).port;
    auth = { Authorization: await api.login('inspector.zhang') };
  });
  afterAll(async () => {
    await api.close();
    delete process.env.FILES_DIR;
    delete process.env.UPLOADS_DIR;
    await rm(dir, { recursive: true, force: true });
  });

  const create = async (length: number): Promise<string> => {
    const res = await tusRequest(port, 'POST', '/files/uploads', { ...auth, 'Upload-Length': String(length) });
    expect(res.status).toBe(201);
    return res.headers.location as string;
  };
  const offsetOf = async (location: string): Promise<number> =>
    Number((await tusRequest(port, 'HEAD', location, auth)).headers['upload-offset']);
  const patch = (location: string, offset: number, bytes: Buffer) =>
    tusRequest(
      port,
      'PATCH',
      location,
      { ...auth, 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' },
      bytes,
    );

  it('completes after a dropped connection, from the offset the server kept, with the right SM3 digest', async () => {
    const footage = Buffer.concat([MP4_HEAD, randomBytes(6 * MiB)]);
    const location = await create(footage.length);
    await droppedPatch(port, location, { ...auth, 'Upload-Offset': '0' }, footage.subarray(0, 4 * MiB));
    const kept = await offsetOf(location);
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(footage.length);
    const done = await patch(location, kept, footage.subarray(kept));
    expect(done.status).toBe(204);
    expect(done.headers['upload-sm3']).toBe(sm3(footage));
    expect(await api.app.get<FileStore>(FILE_STORE).stat(sm3(footage))).toEqual({ size: footage.length });
  });

  it('refuses a finished upload that is an executable, storing nothing', async () => {
    const exe = anElfExecutable();
    const location = await create(exe.length);
    const res = await patch(location, 0, exe);
    expect(res.status).toBe(415);
    expect(await api.app.get<FileStore>(FILE_STORE).stat(sm3(exe))).toBeUndefined();
  });

  it('lets only the uploader resume an upload', async () => {
    const location = await create(1000);
    const other = { Authorization: await api.login('leader.wang') };
    expect((await tusRequest(port, 'HEAD', location, other)).status).toBe(403);
    const res = await tusRequest(
      port,
      'PATCH',
      location,
      { ...other, 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream' },
      Buffer.alloc(10),
    );
    expect(res.status).toBe(403);
    expect(await offsetOf(location)).toBe(0);
  });

  it('lets no administrator or auditor upload', async () => {
    for (const who of ['auditor', 'sysadmin']) {
      const res = await tusRequest(port, 'POST', '/files/uploads', {
        Authorization: await api.login(who),
        'Upload-Length': '100',
      });
      expect(res.status).toBe(403);
    }
  });
});
