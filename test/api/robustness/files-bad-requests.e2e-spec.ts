import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FILE_STORE, FileStore } from '@hazard-ledger/file-store';
import { ApiApp, startApiApp } from '../../support/api-app';
import { aPhoto, sm3 } from '../../support/evidence-files';

const boundary = 'XyZ-boundary';
const part = (name: string, filename: string | undefined, content: Buffer | string) =>
  Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"` +
        (filename ? `; filename="${filename}"\r\nContent-Type: image/jpeg` : '') +
        '\r\n\r\n',
    ),
    Buffer.from(content),
    Buffer.from('\r\n'),
  ]);
const closing = Buffer.from(`--${boundary}--\r\n`);
const MULTIPART = `multipart/form-data; boundary=${boundary}`;

describe('bad requests to the evidence file endpoints: 4xx problem+json, nothing stored', () => {
  let api: ApiApp;
  let dir: string;
  let auth: string;
  let photo: Buffer;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'files-bad-'));
    process.env.FILES_DIR = join(dir, 'files');
    process.env.UPLOADS_DIR = join(dir, 'uploads');
    api = await startApiApp();
    auth = await api.login('inspector.zhang');
    photo = await aPhoto(7);
  });
  afterAll(async () => {
    await api.close();
    delete process.env.FILES_DIR;
    delete process.env.UPLOADS_DIR;
    await rm(dir, { recursive: true, force: true });
  });

  const uploads: [string, string, Buffer, number][] = [
    ['multipart without a boundary', 'multipart/form-data', Buffer.from('x'.repeat(50)), 400],
    ['a plain-text body', 'text/plain', Buffer.from('not a file'), 415],
    ['a JSON body', 'application/json', Buffer.from('{"file":"x"}'), 415],
    ['a field and no file', MULTIPART, Buffer.concat([part('note', undefined, 'hi'), closing]), 400],
    ['a file under another name', MULTIPART, Buffer.concat([part('photo', 'a.jpg', 'xx'), closing]), 400],
    ['two files', MULTIPART, Buffer.concat([part('file', 'a.png', 'x'), part('file', 'b.png', 'y'), closing]), 400],
    ['an empty file', MULTIPART, Buffer.concat([part('file', 'a.jpg', ''), closing]), 415],
    ['a file of three bytes', MULTIPART, Buffer.concat([part('file', 'a.jpg', '\xff\xd8\xff'), closing]), 415],
    ['a body cut before its closing boundary', MULTIPART, part('file', 'a.png', 'abc').subarray(0, 60), 400],
  ];

  it.each(uploads)('POST /files with %s is refused', async (_name, type, body, status) => {
    const res = await api.http.post('/files').set('Authorization', auth).set('Content-Type', type).send(body);
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const held: string[] = [];
    for await (const digest of api.app.get<FileStore>(FILE_STORE).list()) held.push(digest);
    expect(held).toEqual([]);
  });

  it.each([
    ['a digest that is not hex', `/files/${'z'.repeat(64)}?hazardId=${randomUUID()}`, 400],
    ['a short digest', `/files/abc?hazardId=${randomUUID()}`, 400],
    ['no hazardId', `/files/${'a'.repeat(64)}`, 400],
    ['a hazardId that is not a UUID', `/files/${'a'.repeat(64)}?hazardId=h-1`, 400],
    ['an unknown hazard', `/files/${'a'.repeat(64)}?hazardId=${randomUUID()}`, 404],
    ['the thumbnail of an unknown hazard', `/files/${'a'.repeat(64)}/thumbnail?hazardId=${randomUUID()}`, 404],
  ])('GET with %s is refused', async (_name, path, status) => {
    const res = await api.http.get(path).set('Authorization', auth);
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('answers a well-formed upload afterwards (the refusals left the parser and store usable)', async () => {
    const res = await api.http.post('/files').set('Authorization', auth).attach('file', photo, 'ok.png');
    expect([res.status, res.body.hash]).toEqual([201, sm3(photo)]);
  });
});
