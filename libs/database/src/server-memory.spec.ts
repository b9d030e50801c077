import { serverMemorySettings } from './server-memory';

const GB = 2 ** 30;

describe('serverMemorySettings: what the embedded PostgreSQL is given for its memory', () => {
  it.each([
    ['a 1 GiB machine gets the floor', 1 * GB, '128MB', '512MB', '64MB'],
    ['an 8 GiB machine gets an eighth', 8 * GB, '1024MB', '4096MB', '256MB'],
    ['a 24 GiB machine is capped at 2 GB', 24 * GB, '2048MB', '12288MB', '512MB'],
  ])('%s', (_case, total, shared, cache, maintenance) => {
    expect(serverMemorySettings(total)).toEqual({
      shared_buffers: shared,
      effective_cache_size: cache,
      work_mem: '32MB',
      maintenance_work_mem: maintenance,
    });
  });
});
