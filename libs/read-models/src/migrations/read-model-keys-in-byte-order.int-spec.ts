import { DataSource } from 'typeorm';
import { createDataSource } from '@hazard-ledger/platform';
import { TestDatabase, createTestDatabase } from '@hazard-ledger/testing';
import { ReadModelKeysInByteOrder1764400010000 } from './1764400010000-read-model-keys-in-byte-order';

const KEYS = ['hazard_id', 'mine_id', 'jurisdiction', 'status', 'entity_id'];
const TABLE = /^(hazard_ledger|dual_report_board|supervision_board)(_valid|_state|_mines)?$/;

// Collation of every key column of the three temporal read models ('' for the database default).
const collations = async (ds: DataSource): Promise<Record<string, string>> => {
  const rows: { t: string; c: string; collation: string | null }[] = await ds.query(
    `SELECT table_name AS t, column_name AS c, collation_name AS collation FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_name = ANY($1)`,
    [KEYS],
  );
  return Object.fromEntries(rows.filter((r) => TABLE.test(r.t)).map((r) => [`${r.t}.${r.c}`, r.collation ?? '']));
};

describe('migration ReadModelKeysInByteOrder (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await createDataSource(db.url).initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('given a migrated database, then every key column of the ledger and both boards compares in byte order', async () => {
    const found = await collations(ds);
    // 3 models × (4 keys in history + 4 in valid time + state id + mine id)
    expect(Object.keys(found)).toHaveLength(30);
    expect(Object.entries(found).filter(([, c]) => c !== 'C')).toEqual([]);
    expect(found['hazard_ledger_state.entity_id']).toBe('C');
  });

  it("then the ledger's indexes over those columns sort them byte by byte too (rebuilt, not left in the old order)", async () => {
    const rows: { index: string; collation: string }[] = await ds.query(
      `SELECT i.relname AS index, coll.collname AS collation
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
         CROSS JOIN LATERAL unnest(x.indcollation::oid[]) AS k(coll_oid) JOIN pg_collation coll ON coll.oid = k.coll_oid
        WHERE t.relname LIKE 'hazard\\_ledger%' AND k.coll_oid <> 0`,
    );
    const indexes = new Set(rows.map((r) => r.index));
    expect([...indexes]).toEqual(
      expect.arrayContaining(['hazard_ledger_versions', 'hazard_ledger_open', 'hazard_ledger_open_jurisdiction']),
    );
    expect(rows.filter((r) => r.collation !== 'C')).toEqual([]);
  });

  it('when reverted, then the columns take the database default again; applied again, byte order', async () => {
    const runner = ds.createQueryRunner();
    try {
      await new ReadModelKeysInByteOrder1764400010000().down(runner);
      expect(Object.values(await collations(ds)).filter((c) => c === 'C')).toEqual([]);
      await new ReadModelKeysInByteOrder1764400010000().up(runner);
      expect(Object.values(await collations(ds)).filter((c) => c !== 'C')).toEqual([]);
    } finally {
      await runner.release();
    }
  });
});
