import { rm } from 'node:fs/promises';

export default async function globalTeardown(): Promise<void> {
  const pg = (globalThis as { __HL_PG__?: { stop: () => Promise<void> } }).__HL_PG__;
  await pg?.stop();
  if (process.env.TEST_PG_DATA_DIR) await rm(process.env.TEST_PG_DATA_DIR, { recursive: true, force: true });
}
