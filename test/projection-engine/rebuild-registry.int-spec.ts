import { DataSource } from 'typeorm';
import { createDataSource } from '@hazard-ledger/platform';
import { PostgresEventStore } from '@hazard-ledger/event-store';
import { TestDatabase, createTestDatabase } from '@hazard-ledger/testing';
import { projectionDefinitions } from '@hazard-ledger/read-models';
import { rebuildProjection } from '@hazard-ledger/projection-engine';

// Every table part a migration created, by table: what a rebuild must leave exactly as it found it.
const parts = (ds: DataSource, tables: readonly string[]) =>
  ds.query(
    `SELECT c.relname AS t, 'index ' || i.relname || ' ' || pg_get_indexdef(i.oid) AS part
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid
      WHERE c.relname = ANY($1)
     UNION SELECT conrelid::regclass::text, 'constraint ' || conname || ' ' || pg_get_constraintdef(oid)
       FROM pg_constraint WHERE conrelid::regclass::text = ANY($1)
     UNION SELECT table_name, 'column ' || column_name || ' ' || data_type || ' ' || coalesce(collation_name, '')
                          || ' ' || coalesce(column_default, '')
       FROM information_schema.columns WHERE table_name = ANY($1)
     UNION SELECT '', 'sequence ' || relname FROM pg_class WHERE relkind = 'S'
     ORDER BY 1, 2`,
    [tables],
  );

describe('rebuildProjection: every registered read model (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let store: PostgresEventStore;
  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await createDataSource(db.url).initialize();
    store = new PostgresEventStore({ connectionString: db.url });
  });
  afterAll(async () => {
    await store.close();
    await ds.destroy();
    await db.drop();
  });

  it.each(projectionDefinitions.map((d) => [d.name, d] as const))(
    '%s: swaps in copies with the same columns, indexes, constraints and names, and leaves nothing behind',
    async (_name, definition) => {
      const before = await parts(ds, definition.tables);
      expect(before.length).toBeGreaterThan(0);

      await rebuildProjection({ dataSource: ds, feed: store, definition });

      expect(await parts(ds, definition.tables)).toEqual(before);
      const leftovers = await ds.query(
        `SELECT relname FROM pg_class WHERE relname LIKE '%\\_\\_shadow%' OR relname LIKE '%\\_\\_old%'`,
      );
      expect(leftovers).toEqual([]);
    },
  );
});
