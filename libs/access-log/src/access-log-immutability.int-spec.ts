import { DataSource } from 'typeorm';
import { createDataSource } from '@hazard-ledger/platform';
import { TestDatabase, createTestDatabase } from '@hazard-ledger/testing';
import { accessHash } from './access-chain';
import { ACCESS_LOG_COLUMNS, AccessLogQuery, AccessLogRow, toChainedAccess } from './access-log-rows';
import { AccessLogWriter } from './access-log-writer';
import { verifyAccessLog } from './verify-access-log';

describe('access log immutability and tamper evidence (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let query: AccessLogQuery;
  let ids: string[];
  beforeEach(async () => {
    db = await createTestDatabase();
    ds = await createDataSource(db.url).initialize();
    query = (sql, params) => ds.query(sql, params);
    const writer = new AccessLogWriter(query);
    const receipts = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        writer.record({
          actor: { id: 'auditor', name: '审计员', role: 'auditor', org: '区应急管理局' },
          kind: i % 4 === 0 ? 'export' : 'read',
          recordType: 'hazard',
          recordIds: [`hazard-${i}`, `hazard-${i + 1}`],
          asOfPosition: `${100 + i}/${200 + i}`,
          query: { route: 'GET /hazards', params: { page: i } },
          purpose: i % 2 ? '倒查' : undefined,
        }),
      ),
    );
    ids = receipts.map((r) => r.id);
  });
  afterEach(async () => {
    await ds.destroy();
    await db.drop();
  });

  /** As a superuser with database access could: switch the triggers off, change history, switch them on. */
  const behindTheTriggersBack = async (sql: string, params: unknown[] = []) => {
    await db.query(`ALTER TABLE access_log DISABLE TRIGGER USER`);
    await db.query(sql, params);
    await db.query(`ALTER TABLE access_log ENABLE TRIGGER USER`);
  };

  it.each([
    ['UPDATE', `UPDATE access_log SET purpose = 'nothing to see' WHERE id = (SELECT min(id) FROM access_log)`],
    ['DELETE', `DELETE FROM access_log WHERE id = (SELECT max(id) FROM access_log)`],
    ['TRUNCATE', `TRUNCATE access_log`],
  ])('refuses %s with a bilingual error', async (op, sql) => {
    await expect(db.query(sql)).rejects.toThrow(
      `访问日志不可修改或删除 / the access log is append-only: ${op} on access_log refused`,
    );
    expect(await verifyAccessLog(query)).toEqual({ ok: true, entries: 12 });
  });

  it('keeps the chain anchor: it moves forward but cannot be deleted', async () => {
    await expect(db.query(`DELETE FROM access_log_head`)).rejects.toThrow(/DELETE on access_log_head refused/);
    await expect(db.query(`TRUNCATE access_log_head`)).rejects.toThrow(/TRUNCATE on access_log_head refused/);
  });

  it('finds an entry whose record ids were changed, at that id, across page boundaries', async () => {
    const victim = ids[7];
    await behindTheTriggersBack(`UPDATE access_log SET record_ids = ARRAY['hazard-other'] WHERE id = $1`, [victim]);
    expect(await verifyAccessLog(query, { pageSize: 5 })).toEqual({
      ok: false,
      brokenAtId: victim,
      reason: 'hash-mismatch',
      entries: 7,
    });
  });

  it('finds a removed entry at the next one', async () => {
    await behindTheTriggersBack(`DELETE FROM access_log WHERE id = $1`, [ids[3]]);
    expect(await verifyAccessLog(query)).toEqual({ ok: false, brokenAtId: ids[4], reason: 'broken-link', entries: 3 });
  });

  it('finds entries cut off the end through the anchor, which no link would show', async () => {
    await behindTheTriggersBack(`DELETE FROM access_log WHERE id = $1`, [ids[11]]);
    expect(await verifyAccessLog(query)).toEqual({
      ok: false,
      brokenAtId: ids[10],
      reason: 'head-missing',
      entries: 11,
    });
  });

  it('finds an edited entry whose own hash was recomputed, by the next entry’s link', async () => {
    const [row] = (await query(`SELECT ${ACCESS_LOG_COLUMNS} FROM access_log a WHERE a.id = $1`, [
      ids[5],
    ])) as AccessLogRow[];
    const forged = accessHash('sm3', { ...toChainedAccess(row), recordIds: ['hazard-other'] }, row.prev_hash);
    await behindTheTriggersBack(`UPDATE access_log SET record_ids = ARRAY['hazard-other'], hash = $2 WHERE id = $1`, [
      ids[5],
      forged,
    ]);
    expect(await verifyAccessLog(query)).toEqual({ ok: false, brokenAtId: ids[6], reason: 'broken-link', entries: 6 });
  });
});
