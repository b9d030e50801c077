import { PostgresEventStore } from './postgres-event-store';
import { runEventStoreContract } from '../event-store.contract';
import { createTestDatabase } from '@hazard-ledger/testing';

runEventStoreContract('postgres (sm3)', async () => {
  const db = await createTestDatabase();
  const store = new PostgresEventStore({ connectionString: db.url, pollIntervalMs: 50 });
  return { store, cleanup: async () => (await store.close(), await db.drop()) };
});

runEventStoreContract('postgres (sha256)', async () => {
  const db = await createTestDatabase();
  const store = new PostgresEventStore({ connectionString: db.url, hashAlgorithm: 'sha256', pollIntervalMs: 50 });
  return { store, cleanup: async () => (await store.close(), await db.drop()) };
});
