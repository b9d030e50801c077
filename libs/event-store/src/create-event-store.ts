import { HashAlgorithm } from '@hazard-ledger/domain';
import { EventStore } from './event-store.port';
import { KurrentDbEventStore } from './kurrentdb/kurrentdb-event-store';
import { PostgresEventStore } from './postgres/postgres-event-store';

export interface EventStoreSettings {
  kind: 'postgres' | 'kurrentdb';
  databaseUrl: string;
  kurrentDbUrl?: string;
  hashAlgorithm: HashAlgorithm;
  idleInTransactionTimeoutMs?: number;
  pollIntervalMs?: number;
}

/** The one place that picks an adapter. */
export const createEventStore = (s: EventStoreSettings): EventStore => {
  if (s.kind === 'kurrentdb') {
    if (!s.kurrentDbUrl) throw new Error('KURRENTDB_URL is required when EVENT_STORE=kurrentdb');
    return new KurrentDbEventStore({ connectionString: s.kurrentDbUrl, hashAlgorithm: s.hashAlgorithm });
  }
  return new PostgresEventStore({
    connectionString: s.databaseUrl,
    hashAlgorithm: s.hashAlgorithm,
    idleInTransactionTimeoutMs: s.idleInTransactionTimeoutMs,
    pollIntervalMs: s.pollIntervalMs,
  });
};
