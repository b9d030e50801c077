import { DataSource } from 'typeorm';
import { createDataSource } from '@hazard-ledger/platform';
import { TestDatabase, createTestDatabase } from '@hazard-ledger/testing';
import { AccessEntry } from './access-entry';
import { AccessLogQuery } from './access-log-rows';
import { AccessLogWriter } from './access-log-writer';
import { verifyAccessLog } from './verify-access-log';

const anAccess = (i: number, patch: Partial<AccessEntry> = {}): AccessEntry => ({
  actor: { id: `user-${i % 3}`, name: `检查员${i % 3}`, role: 'inspector', org: '上党区应急管理局' },
  kind: 'read',
  recordType: 'hazard',
  recordIds: [`hazard-${i}`],
  query: { route: 'GET /hazards/:id', params: { id: `hazard-${i}` } },
  ...patch,
});

const isInsert = (sql: string) => sql.includes('INSERT INTO access_log');

describe('AccessLogWriter (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let query: AccessLogQuery;
  beforeEach(async () => {
    db = await createTestDatabase();
    ds = await createDataSource(db.url).initialize();
    query = (sql, params) => ds.query(sql, params);
  });
  afterEach(async () => {
    await ds.destroy();
    await db.drop();
  });

  const count = async () => Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM access_log`))[0].n);

  it('group-commits 200 concurrent reads in a few INSERT statements, each with its own durable receipt', async () => {
    let inserts = 0;
    const counting: AccessLogQuery = (sql, params) => {
      if (isInsert(sql)) inserts += 1;
      return query(sql, params);
    };
    const writer = new AccessLogWriter(counting, { maxBatch: 80 });
    // A trickle first, so later callers arrive while a statement is in flight.
    const receipts = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        i < 20
          ? new Promise((r) => setTimeout(r, i)).then(() => writer.record(anAccess(i)))
          : writer.record(anAccess(i)),
      ),
    );
    expect(await count()).toBe(200);
    expect(inserts).toBeGreaterThan(1);
    expect(inserts).toBeLessThan(30);
    expect(new Set(receipts.map((r) => r.id)).size).toBe(200);
    const stored = await db.query<{ id: string; hash: string; accessed_at: string }>(
      `SELECT id::text, hash, to_char(accessed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS accessed_at
         FROM access_log WHERE id = ANY($1::bigint[])`,
      [receipts.map((r) => r.id)],
    );
    const byId = new Map(stored.map((s) => [s.id, s]));
    for (const r of receipts) expect(byId.get(r.id)).toEqual({ id: r.id, hash: r.hash, accessed_at: r.accessedAt });
    expect(await verifyAccessLog(query, { pageSize: 37 })).toEqual({ ok: true, entries: 200 });
  });

  it('keeps two writers (two processes, two connection pools) on one linear chain', async () => {
    const other = await createDataSource(db.url).initialize();
    try {
      let racesLost = 0;
      const a = new AccessLogWriter(async (sql, params) => {
        const rows = (await query(sql, params)) as { id: string | null }[];
        // A statement that found the anchor moved writes nothing and answers only with the new head.
        if (isInsert(sql) && rows.every((r) => r.id === null)) racesLost += 1;
        return rows;
      });
      const b = new AccessLogWriter((sql, params) => other.query(sql, params));
      await a.record(anAccess(0));
      // b appends after a: a's cached head is now stale, so its next statement must lose and re-link.
      await b.record(anAccess(1));
      await a.record(anAccess(2));
      expect(racesLost).toBe(1);
      const waves = [0, 1, 2, 3, 4].map(async (wave) => {
        await new Promise((r) => setTimeout(r, wave * 3));
        return Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).record(anAccess(100 + wave * 30 + i))));
      });
      const receipts = (await Promise.all(waves)).flat();
      expect(receipts).toHaveLength(150);
      expect(await count()).toBe(153);
      // No fork: every prev_hash is unique (constraint) and the walk in id order meets every row.
      expect(await verifyAccessLog(query)).toEqual({ ok: true, entries: 153 });
      const ids = await db.query<{ id: string }>(`SELECT id::text FROM access_log`);
      const stored = new Set(ids.map((r) => r.id));
      expect(receipts.every((r) => stored.has(r.id))).toBe(true);
    } finally {
      await other.destroy();
    }
  });

  it('rejects every caller of a failed batch, writes nothing for it, and works again afterwards', async () => {
    let failNext = false;
    const flaky: AccessLogQuery = (sql, params) => {
      if (failNext && isInsert(sql)) {
        failNext = false;
        return Promise.reject(new Error('connection lost'));
      }
      return query(sql, params);
    };
    const writer = new AccessLogWriter(flaky);
    await writer.record(anAccess(0));
    failNext = true;
    const failed = await Promise.allSettled([1, 2, 3].map((i) => writer.record(anAccess(i))));
    expect(failed.map((f) => f.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(await count()).toBe(1);
    await writer.record(anAccess(4));
    expect(await count()).toBe(2);
    expect(await verifyAccessLog(query)).toEqual({ ok: true, entries: 2 });
  });

  it('rolls back the whole statement when the database refuses one row, then re-reads the head', async () => {
    const writer = new AccessLogWriter(query);
    await writer.record(anAccess(0));
    // A server-side refusal the writer cannot see coming (validation catches the usual ones up front).
    await db.query(`ALTER TABLE access_log ADD CONSTRAINT test_no_poison CHECK (record_type <> 'poison')`);
    const settled = await Promise.allSettled([
      writer.record(anAccess(1)),
      writer.record(anAccess(2, { recordType: 'poison' })),
      writer.record(anAccess(3)),
    ]);
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(String((settled[1] as PromiseRejectedResult).reason)).toMatch(/test_no_poison/);
    expect(await count()).toBe(1);
    await db.query(`ALTER TABLE access_log DROP CONSTRAINT test_no_poison`);
    await expect(writer.record(anAccess(5))).resolves.toMatchObject({ hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await verifyAccessLog(query)).toEqual({ ok: true, entries: 2 });
  });

  it('refuses an invalid entry alone, without failing the entries it would have shared a batch with', async () => {
    const writer = new AccessLogWriter(query);
    const settled = await Promise.allSettled([
      writer.record(anAccess(1)),
      writer.record(anAccess(2, { kind: 'write' as 'read' })),
      writer.record(anAccess(3, { recordIds: ['bad\u0000id'] })),
      writer.record(anAccess(4)),
    ]);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(await count()).toBe(2);
  });

  it('chains with SHA-256 when configured, and verification follows each row’s algorithm', async () => {
    await new AccessLogWriter(query).record(anAccess(1));
    await new AccessLogWriter(query, { hashAlgorithm: 'sha256' }).record(anAccess(2, { purpose: '倒查' }));
    const algs = await db.query<{ hash_alg: string }>(`SELECT hash_alg FROM access_log ORDER BY id`);
    expect(algs.map((r) => r.hash_alg)).toEqual(['sm3', 'sha256']);
    expect(await verifyAccessLog(query)).toEqual({ ok: true, entries: 2 });
  });
});
