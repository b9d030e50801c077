import { mkdtemp, rm } from 'node:fs/promises';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { EVENT_STORE } from '@hazard-ledger/event-store';
import { seedDemoMines } from '../../../apps/api/src/demo/demo-mines';
import { ApiApp, startApiApp } from '../../support/api-app';
import { aPhoto, sm3 } from '../../support/evidence-files';
import { finding } from '../../support/hazard-requests';
import { rawGet } from '../../support/raw-download';

const S3_ENV = [
  'FILE_STORE',
  'S3_BUCKET',
  'S3_ENDPOINT',
  'S3_FORCE_PATH_STYLE',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
];

describe('evidence files on an S3-compatible store (s3rver), through the API', () => {
  let server: S3rver;
  let dir: string;
  let api: ApiApp;
  let port: number;
  let staff: string;
  let endpoint: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 's3-e2e-'));
    server = new S3rver({
      port: 0,
      address: '127.0.0.1',
      silent: true,
      directory: join(dir, 's3'),
      configureBuckets: [{ name: 'evidence', configs: [] }],
    });
    endpoint = `http://127.0.0.1:${((await server.run()) as AddressInfo).port}`;
    Object.assign(process.env, {
      FILE_STORE: 's3',
      S3_BUCKET: 'evidence',
      S3_ENDPOINT: endpoint,
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      UPLOADS_DIR: join(dir, 'uploads'),
    });
    api = await startApiApp();
    await seedDemoMines(api.app.get(EVENT_STORE), new Date().toISOString());
    await api.app.listen(0, '127.0.0.1');
    port = (api.app.getHttpServer().address() as AddressInfo).port;
    staff = await api.login('enterprise.staff');
  });
  afterAll(async () => {
    await api.close();
    for (const name of [...S3_ENV, 'UPLOADS_DIR']) delete process.env[name];
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('uploads, cites, serves whole and by range, and cuts the transfer of an object replaced behind its back', async () => {
    const photo = await aPhoto(42, 256);
    const uploaded = await api.http.post('/files').set('Authorization', staff).attach('file', photo, 'exit.png');
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.hash).toBe(sm3(photo));
    const missing = { hash: sm3(Buffer.from('absent')), alg: 'sm3', name: 'a.png', mime: 'image/png' };
    const body = { mineId: 'mine-demo-1', ...finding() };
    await api.http
      .post('/hazards')
      .set('Authorization', staff)
      .send({ ...body, evidence: [missing] })
      .expect(422);
    const cited = { hash: sm3(photo), alg: 'sm3', name: 'exit.png', mime: 'image/png' };
    const created = await api.http
      .post('/hazards')
      .set('Authorization', staff)
      .send({ ...body, evidence: [cited] });
    expect(created.status).toBe(201);
    const path = `/files/${sm3(photo)}?hazardId=${created.body.id as string}`;
    const whole = await rawGet(port, path, { Authorization: staff });
    expect(whole.complete && whole.body.equals(photo)).toBe(true);
    const part = await rawGet(port, path, { Authorization: staff, Range: 'bytes=-100' });
    expect(part.status).toBe(206);
    expect(part.body.equals(photo.subarray(photo.length - 100))).toBe(true);

    const s3 = new S3Client({
      endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    const forged = Buffer.from(photo);
    forged[forged.length - 30] ^= 0xff;
    await s3.send(new PutObjectCommand({ Bucket: 'evidence', Key: `sm3/${sm3(photo)}`, Body: forged }));
    s3.destroy();
    const cut = await rawGet(port, path, { Authorization: staff });
    expect(cut.complete).toBe(false);
    expect(cut.body.length).toBeLessThan(photo.length);
  });
});
