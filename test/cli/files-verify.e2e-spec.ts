import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { PostgresEventStore } from '@hazard-ledger/event-store';
import { LocalFileStore } from '@hazard-ledger/file-store';
import { TestDatabase, aNewEvent, createTestDatabase, spawnApp } from '@hazard-ledger/testing';
import { aPhoto, sm3 } from '../support/evidence-files';

const cite = (hash: string, pending = false) => ({ hash, alg: 'sm3', name: 'photo.png', mime: 'image/png', pending });

describe('hazard-ledger files verify (CLI)', () => {
  let db: TestDatabase;
  let dir: string;
  let files: LocalFileStore;
  let events: PostgresEventStore;
  const photos: Buffer[] = [];

  const verify = async () => {
    const cli = spawnApp('cli', ['files', 'verify', '--no-progress'], { DATABASE_URL: db.url, FILES_DIR: dir });
    return { code: await cli.exited, output: cli.output() };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    dir = await mkdtemp(join(tmpdir(), 'files-verify-'));
    files = new LocalFileStore(dir);
    events = new PostgresEventStore({ connectionString: db.url });
    for (let i = 0; i < 3; i++) {
      photos.push(await aPhoto(10 + i));
      await files.put(Readable.from([photos[i]]));
    }
    const data = { hazardId: 'h-1', evidence: [cite(sm3(photos[0])), cite(sm3(photos[1]))] };
    await events.append(
      'hazard-h-1',
      [aNewEvent({ data }), aNewEvent({ data: { afterEvidence: [cite(sm3(photos[2]))] } })],
      'no_stream',
    );
  });
  afterAll(async () => {
    await events.close();
    await db.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('exits 0 when every cited file is held and every stored file hashes to its address; a pending upload is only flagged', async () => {
    const offline = await aPhoto(99);
    await events.append('hazard-h-2', [aNewEvent({ data: { evidence: [cite(sm3(offline), true)] } })], 'no_stream');
    const { code, output } = await verify();
    expect(output).toContain('checked: 3 stored files; missing 0, altered 0, pending uploads 1');
    expect(output).toContain(`pending upload ${sm3(offline)} cited by hazard-h-2`);
    expect(code).toBe(0);
  });

  it('reports a file altered on disk behind the system’s back and a cited file that is missing, and exits 1', async () => {
    const path = files.pathOf(sm3(photos[1]));
    await chmod(path, 0o644);
    const altered = Buffer.from(photos[1]);
    altered[40] ^= 0x01;
    await writeFile(path, altered);
    const never = sm3(Buffer.from('never uploaded'));
    await events.append('hazard-h-3', [aNewEvent({ data: { evidence: [cite(never)] } })], 'no_stream');
    const { code, output } = await verify();
    expect(output).toContain(`ALTERED ${sm3(photos[1])} (bytes hash to ${sm3(altered)})`);
    expect(output).toContain(`MISSING ${never} cited by hazard-h-3`);
    expect(output).toContain('checked: 3 stored files; missing 1, altered 1, pending uploads 1');
    expect(code).toBe(1);
  });
});
