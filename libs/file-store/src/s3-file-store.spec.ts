import { mkdtemp, rm } from 'node:fs/promises';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { runFileStoreContract } from './file-store-contract.fixture';
import { S3FileStore } from './s3-file-store';

// A real S3-compatible server (s3rver, from npm) on a free port: the SDK speaks real HTTP to it.
runFileStoreContract('S3-compatible (s3rver)', async () => {
  const directory = await mkdtemp(join(tmpdir(), 's3rver-'));
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory,
    configureBuckets: [{ name: 'evidence', configs: [] }],
  });
  const { port } = (await server.run()) as AddressInfo;
  const store = new S3FileStore({
    bucket: 'evidence',
    prefix: 'hazard-ledger/',
    client: {
      endpoint: `http://127.0.0.1:${port}`,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    },
  });
  return {
    store,
    cleanup: async () => {
      store.close();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
});
