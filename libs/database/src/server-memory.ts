import { totalmem } from 'node:os';

const MB = 2 ** 20;

/**
 * Memory settings for a PostgreSQL this project starts itself (npm start, benchmarks): the server's defaults
 * (128 MB shared buffers, 4 MB work_mem) left the look-back facts reading from disk and sorting on disk
 * (docs/performance.md, session 12). An eighth of the machine's memory, 128 MB–2 GB, shares the machine with the API.
 */
export const serverMemorySettings = (total: number = totalmem()): Record<string, string> => {
  const mb = (bytes: number) => `${Math.floor(bytes / MB)}MB`;
  const shared = Math.min(Math.max(total / 8, 128 * MB), 2048 * MB);
  return {
    shared_buffers: mb(shared),
    effective_cache_size: mb(Math.max(total / 2, shared)),
    work_mem: '32MB',
    maintenance_work_mem: mb(Math.min(Math.max(total / 32, 64 * MB), 512 * MB)),
  };
};
