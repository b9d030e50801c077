import { Client } from 'pg';
import { TestDatabase, createTestDatabase } from '@hazard-ledger/testing';
import { isoOfUtcTimestamp, recordedAtSql } from './recorded-at';

const TO_CHAR = `to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

describe('recorded_at text (real PostgreSQL)', () => {
  let db: TestDatabase;
  let client: Client;
  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
    client = new Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  it('given any instant, then the padded timestamp text equals to_char with microseconds, as the chain hashed it', async () => {
    // Random microsecond instants 2000–2100, plus whole seconds and fractions with trailing zeros (rendered short).
    const { rows } = await client.query<{ fast: string; slow: string }>(
      `WITH x AS (
         SELECT timestamptz '2000-01-01 00:00:00+00' + (random() * 3.2e15)::bigint * interval '1 microsecond' AS t
           FROM generate_series(1, 5000)
         UNION ALL SELECT timestamptz '2024-06-30 23:59:59+08' + n * interval '100 millisecond'
           FROM generate_series(0, 20) n
         UNION ALL SELECT timestamptz '2024-02-29 16:00:00.000010+00')
       SELECT ${recordedAtSql('t')} AS fast, ${TO_CHAR} AS slow FROM x`,
    );
    expect(rows).toHaveLength(5022);
    const differing = rows.filter((r) => isoOfUtcTimestamp(r.fast) !== r.slow);
    expect(differing).toEqual([]);
    expect(rows.some((r) => r.fast.length === 19)).toBe(true); // whole seconds came without a fraction
  });

  it('whatever the session time zone', async () => {
    await client.query(`SET TIME ZONE 'Asia/Shanghai'`);
    const { rows } = await client.query<{ fast: string }>(
      `SELECT ${recordedAtSql(`timestamptz '2024-03-01 16:00:00.5+08'`)} AS fast`,
    );
    expect(isoOfUtcTimestamp(rows[0].fast)).toBe('2024-03-01T08:00:00.500000Z');
  });

  it('refuses text of another DateStyle instead of misreading it', async () => {
    await client.query(`SET DateStyle = 'SQL, DMY'`);
    const { rows } = await client.query<{ fast: string }>(`SELECT ${recordedAtSql(`now()`)} AS fast`);
    expect(() => isoOfUtcTimestamp(rows[0].fast)).toThrow(/DateStyle must be ISO/);
    await client.query(`SET DateStyle = 'ISO, MDY'`);
  });
});
