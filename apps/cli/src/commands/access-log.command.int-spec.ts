import { DataSource } from 'typeorm';
import { createDataSource } from '@hazard-ledger/platform';
import { AccessLogQuery, AccessLogWriter } from '@hazard-ledger/access-log';
import { TestDatabase, createTestDatabase } from '@hazard-ledger/testing';
import { runAccessLogList, runAccessLogVerify } from './access-log.command';

describe('hazard-ledger access-log (CLI actions, real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let query: AccessLogQuery;
  let writer: AccessLogWriter;
  const lines: string[] = [];
  const print = (line: string) => lines.push(line);
  beforeEach(async () => {
    db = await createTestDatabase();
    ds = await createDataSource(db.url).initialize();
    query = (sql, params) => ds.query(sql, params);
    writer = new AccessLogWriter(query);
    lines.length = 0;
    for (let i = 0; i < 5; i++)
      await writer.record({
        actor: { id: 'inspector.zhang', name: '张检查员', role: 'inspector', org: '上党区应急管理局' },
        kind: 'read',
        recordType: 'hazard',
        recordIds: [`hazard-${i % 2}`],
        query: { route: 'GET /hazards/:id', id: `hazard-${i % 2}` },
      });
  });
  afterEach(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('verify: exit code 0 on an intact log, 1 and the first broken id after tampering', async () => {
    expect(await runAccessLogVerify(query, print)).toBe(0);
    expect(lines).toEqual(['访问日志哈希链完整 / access log chain intact: 5 entries']);
    const [{ id }] = await db.query<{ id: string }>(`SELECT id::text FROM access_log ORDER BY id OFFSET 2 LIMIT 1`);
    await db.query(`ALTER TABLE access_log DISABLE TRIGGER USER`);
    await db.query(`UPDATE access_log SET record_ids = ARRAY['hazard-9'] WHERE id = $1`, [id]);
    await db.query(`ALTER TABLE access_log ENABLE TRIGGER USER`);
    expect(await runAccessLogVerify(query, print)).toBe(1);
    expect(lines[1]).toContain(`ACCESS LOG CHAIN BROKEN — first break at id ${id}`);
    expect(lines[1]).toContain('(hash-mismatch); 2 intact entries before it');
  });

  it('list: records the listing itself (committed) before printing, and prints JSON pages', async () => {
    const operator = { id: 'os:ops', name: 'ops', role: 'cli-operator', org: 'host-1' };
    await runAccessLogList(query, writer, { record: 'hazard-1', limit: 1, json: true }, print, operator);
    const page = JSON.parse(lines[0]) as { entries: { id: string; recordIds: string[] }[]; nextCursor?: string };
    expect(page.entries).toHaveLength(1);
    expect(page.entries[0].recordIds).toEqual(['hazard-1']);
    expect(page.nextCursor).toEqual(expect.any(String));
    const logged = await db.query<{ actor_id: string; record_type: string; record_ids: string[]; query: object }>(
      `SELECT actor_id, record_type, record_ids, query FROM access_log ORDER BY id DESC LIMIT 1`,
    );
    expect(logged[0]).toEqual({
      actor_id: 'os:ops',
      record_type: 'access-log',
      record_ids: [page.entries[0].id],
      query: { command: 'access-log list', recordId: 'hazard-1', limit: 1 },
    });
    await runAccessLogList(query, writer, { actor: 'inspector.zhang', limit: 100 }, print, operator);
    expect(lines.slice(1)).toHaveLength(6);
    expect(lines[6]).toBe('共 5 条 / 5 entries');
    expect(await runAccessLogVerify(query, print)).toBe(0);
  });
});
