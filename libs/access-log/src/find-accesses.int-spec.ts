import { DataSource } from 'typeorm';
import { createDataSource } from '@hazard-ledger/platform';
import { TestDatabase, createTestDatabase } from '@hazard-ledger/testing';
import { AccessActor, AccessReceipt } from './access-entry';
import { AccessLogQuery } from './access-log-rows';
import { AccessLogWriter } from './access-log-writer';
import { AccessLogFilter, InvalidAccessLogFilter, findAccesses } from './find-accesses';

const zhang: AccessActor = { id: 'inspector.zhang', name: '张检查员', role: 'inspector', org: '上党区应急管理局' };
const li: AccessActor = { id: 'inspector.li', name: '李检查员', role: 'inspector', org: '上党区应急管理局' };
const auditor: AccessActor = { id: 'auditor', name: '审计员', role: 'auditor', org: '区审计局' };

describe('findAccesses (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let query: AccessLogQuery;
  let receipts: AccessReceipt[];
  // 2024-05-01 08:00 UTC + one minute per entry (the app clock, injected).
  let minute = 0;
  const at = (m: number) => new Date(Date.UTC(2024, 4, 1, 8, m, 0, 250));

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await createDataSource(db.url).initialize();
    query = (sql, params) => ds.query(sql, params);
    const writer = new AccessLogWriter(query, { now: () => at(minute++) });
    receipts = [];
    // 30 entries: zhang reads hazard-1 at minutes 0, 3, 6, …; li and the auditor read ledgers in between.
    for (let i = 0; i < 30; i++) {
      const actor = [zhang, li, auditor][i % 3];
      receipts.push(
        await writer.record({
          actor,
          kind: actor === auditor ? 'export' : 'read',
          recordType: actor === zhang ? 'hazard' : 'hazard-ledger',
          recordIds: actor === zhang ? ['hazard-1'] : ['hazard-1', `hazard-${i}`],
          asOfPosition: actor === zhang ? undefined : `${i}/${i}`,
          query: { route: actor === zhang ? 'GET /hazards/:id' : 'GET /ledgers/hazards', page: i },
          purpose: actor === auditor ? '年度审计' : undefined,
        }),
      );
    }
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('answers "who viewed hazard H before T", oldest first, with the stored evidence', async () => {
    const page = await findAccesses(query, { recordId: 'hazard-1', before: '2024-05-01T08:04:00.250Z', limit: 100 });
    expect(page.nextCursor).toBeUndefined();
    expect(page.entries.map((e) => e.actor.id)).toEqual([
      'inspector.zhang',
      'inspector.li',
      'auditor',
      'inspector.zhang',
    ]);
    expect(page.entries[2]).toEqual({
      id: receipts[2].id,
      accessedAt: '2024-05-01T08:02:00.250000Z',
      actor: auditor,
      kind: 'export',
      recordType: 'hazard-ledger',
      recordIds: ['hazard-1', 'hazard-2'],
      asOfPosition: '2/2',
      query: { route: 'GET /ledgers/hazards', page: 2 },
      purpose: '年度审计',
      hash: receipts[2].hash,
    });
    expect(page.entries[0]).toMatchObject({ asOfPosition: null, purpose: null, accessedAt: receipts[0].accessedAt });
  });

  it('filters by record id (only entries that include it), actor, record type and a half-open window', async () => {
    const only = await findAccesses(query, { recordId: 'hazard-4', limit: 10 });
    expect(only.entries.map((e) => e.id)).toEqual([receipts[4].id]);
    const byZhang = await findAccesses(query, { actorId: 'inspector.zhang', limit: 100 });
    expect(byZhang.entries.map((e) => e.id)).toEqual(receipts.filter((_, i) => i % 3 === 0).map((r) => r.id));
    const window = await findAccesses(query, {
      recordType: 'hazard-ledger',
      after: '2024-05-01T08:10:00.250Z',
      before: '2024-05-01T16:20:00.250+08:00',
      limit: 100,
    });
    expect(window.entries.map((e) => e.id)).toEqual([10, 11, 13, 14, 16, 17, 19].map((i) => receipts[i].id));
  });

  it('pages with an opaque cursor and returns every entry exactly once', async () => {
    const seen: string[] = [];
    let filter: AccessLogFilter = { recordId: 'hazard-1', limit: 7 };
    for (let pages = 1; ; pages++) {
      const page = await findAccesses(query, filter);
      seen.push(...page.entries.map((e) => e.id));
      if (!page.nextCursor) {
        expect(pages).toBe(5);
        break;
      }
      filter = { ...filter, cursor: page.nextCursor };
    }
    expect(seen).toEqual(receipts.map((r) => r.id));
  });

  it('refuses a bad limit, time or cursor with a bilingual message', async () => {
    await expect(findAccesses(query, { limit: 501 })).rejects.toThrow(InvalidAccessLogFilter);
    await expect(findAccesses(query, { limit: 0 })).rejects.toThrow(/limit must be an integer from 1 to 500/);
    await expect(findAccesses(query, { limit: 5, before: '2024-05-01' })).rejects.toThrow(
      /访问日志查询条件无效 \/ invalid access log filter: before must be an ISO 8601 time with a zone/,
    );
    await expect(findAccesses(query, { limit: 5, cursor: 'not-a-cursor' })).rejects.toThrow(InvalidAccessLogFilter);
  });
});
