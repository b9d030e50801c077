import { HazardLedgerConfig, ResolvedDatabase, resolveDatabase, validateConfig } from '@hazard-ledger/database';
import { createDataSource } from '@hazard-ledger/platform';
import { EventStore, createEventStore } from '@hazard-ledger/event-store';
import { DataSource } from 'typeorm';

export interface Platform {
  config: HazardLedgerConfig;
  database: ResolvedDatabase;
  dataSource: DataSource;
  store: EventStore;
}

/** Opens the configured database (starting the embedded one if needed), runs `work`, closes everything. */
export const withPlatform = async <T>(
  work: (p: Platform) => Promise<T>,
  options: { migrate?: boolean } = {},
): Promise<T> => {
  const config = validateConfig(process.env);
  const database = await resolveDatabase(config, (line) => console.error(line));
  const dataSource = createDataSource(database.url, config.IDLE_IN_TRANSACTION_TIMEOUT_MS);
  let store: EventStore | undefined;
  try {
    await dataSource.initialize();
    if (options.migrate !== false) await dataSource.runMigrations({ transaction: 'each' });
    store = createEventStore({
      kind: config.EVENT_STORE,
      databaseUrl: database.url,
      kurrentDbUrl: config.KURRENTDB_URL,
      hashAlgorithm: config.HASH_ALGORITHM,
    });
    return await work({ config, database, dataSource, store });
  } finally {
    await store?.close().catch(() => undefined);
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
  }
};
