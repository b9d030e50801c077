import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFileStoreContract } from './file-store-contract.fixture';
import { LocalFileStore } from './local-file-store';

runFileStoreContract('local filesystem', async () => {
  const root = await mkdtemp(join(tmpdir(), 'file-store-'));
  return { store: new LocalFileStore(root), cleanup: () => rm(root, { recursive: true, force: true }) };
});
