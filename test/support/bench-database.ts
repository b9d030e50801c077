import { DataSource } from 'typeorm';
import { createDataSource } from '@hazard-ledger/platform';
import { PostgresEventStore } from '@hazard-ledger/event-store';
import { TestDatabase, createTestDatabase } from '@hazard-ledger/testing';
import { Dataset } from '../../apps/bench/src/projections/dataset';
import { loadDataset } from '../../apps/bench/src/projections/loader';

export interface BenchDatabase {
  db: TestDatabase;
  ds: DataSource;
  store: PostgresEventStore;
  /** Closes the store and data source, drops the database, and puts REBUILD_WORKERS back as it was. */
  close(): Promise<void>;
}

/** A test database holding the bench generator's realistic histories, with a data source and a store over it. */
export const benchDatabase = async (dataset: Dataset): Promise<BenchDatabase> => {
  const workers = process.env.REBUILD_WORKERS;
  const db = await createTestDatabase();
  await loadDataset(db.url, dataset, { batchSize: 500 });
  const ds = await createDataSource(db.url).initialize();
  const store = new PostgresEventStore({ connectionString: db.url, pollIntervalMs: 20 });
  return {
    db,
    ds,
    store,
    close: async () => {
      if (workers === undefined) delete process.env.REBUILD_WORKERS;
      else process.env.REBUILD_WORKERS = workers;
      await store.close();
      await ds.destroy();
      await db.drop();
    },
  };
};
