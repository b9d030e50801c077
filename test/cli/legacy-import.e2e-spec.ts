import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createDataSource } from '@hazard-ledger/platform';
import { PostgresEventStore } from '@hazard-ledger/event-store';
import { TestDatabase, createTestDatabase, spawnApp } from '@hazard-ledger/testing';
import { seedDemoMines } from '../../apps/api/src/demo/demo-mines';

const EXAMPLE = join(__dirname, '../../docs/examples/legacy-hazards-2023.json');
const CSV_EXAMPLE = join(__dirname, '../../docs/examples/legacy-hazards-2023.csv');
const SOURCE = '上党区2023年隐患排查治理台账（纸质，档案号 DA-2023-11）';

interface Row {
  type: string;
  occurred: string;
  metadata: { occurredAt: string; imported: Record<string, unknown> };
  data: Record<string, unknown>;
}

describe('hazard-ledger import (CLI, legacy records)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await createDataSource(db.url).initialize();
    await ds.runMigrations({ transaction: 'each' });
    await ds.query(
      `INSERT INTO app_users (id, username, display_name, role, org, password_hash)
       VALUES ('u-leader-wang', 'leader.wang', '王刚', 'supervising_leader', '上党区应急管理局', '$argon2id$not-used'),
              ('u-inspector-zhang', 'inspector.zhang', '张伟', 'inspector', '上党区应急管理局', '$argon2id$not-used')`,
    );
    const store = new PostgresEventStore({ connectionString: db.url });
    await seedDemoMines(store, new Date().toISOString());
    await store.close();
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  const cli = async (file: string, by = 'leader.wang') => {
    const run = spawnApp('cli', ['import', file, '--source', SOURCE, '--by', by], { DATABASE_URL: db.url });
    return { code: await run.exited, output: run.output() };
  };
  const hazardEvents = async () =>
    ds.query<Row[]>(
      `SELECT type, metadata->>'occurredAt' AS occurred, metadata, data FROM events
       WHERE stream_id LIKE 'hazard-%' ORDER BY global_position`,
    );
  const withBadRow = (index: number, change: (row: Record<string, unknown>) => object): string => {
    const rows = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>[];
    const path = join(tmpdir(), `legacy-bad-${process.pid}-${index}.json`);
    writeFileSync(path, JSON.stringify(rows.map((r, i) => (i === index ? change(r) : r))));
    return path;
  };

  it('refuses a file with one bad row, naming the row and the reason, and writes nothing', async () => {
    const bad = withBadRow(14, (r) => ({ ...r, by: { name: '王刚', role: 'supervising_leader', org: '应急管理局' } }));
    const { code, output } = await cli(bad);
    expect(code).toBe(1);
    expect(output).toContain('row 15:');
    expect(output).toContain('took part in the remediation plan');
    expect(output).toContain('nothing was written');
    expect(await hazardEvents()).toEqual([]);
  });

  it('refuses an importer who is not a supervising leader, writing nothing', async () => {
    const { code, output } = await cli(EXAMPLE, 'inspector.zhang');
    expect(code).not.toBe(0);
    expect(output).toContain('--by must name an active supervising leader');
    expect(await hazardEvents()).toEqual([]);
  });

  it('lands the example file with every step’s true occurredAt, marked as imported', async () => {
    const { code, output } = await cli(EXAMPLE);
    expect({ code, output }).toMatchObject({
      code: 0,
      output: expect.stringContaining('imported: 2 hazards, 20 events'),
    });
    const events = await hazardEvents();
    expect(events).toHaveLength(20);
    const source = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { occurredAt: string }[];
    expect(events.map((e) => e.occurred)).toEqual(source.map((r) => r.occurredAt));
    for (const [i, e] of events.entries())
      expect(e.metadata.imported).toEqual({
        by: { id: 'u-leader-wang', name: '王刚' },
        sourceDocument: SOURCE,
        importedAt: expect.stringMatching(/^2\d{3}-/),
        row: i + 1,
      });
    const signedOff = events.find((e) => e.type === 'HazardSignedOff') as Row;
    expect(signedOff.data.signature).toMatchObject({
      printedName: '赵明',
      signedAt: '2023-07-05T10:00:00+08:00',
      meaning: expect.stringContaining('paper signature, imported'),
    });
  });

  it('lands the CSV example too (a general hazard through rectification, verification and closure)', async () => {
    const { code, output } = await cli(CSV_EXAMPLE);
    expect({ code, output }).toMatchObject({
      code: 0,
      output: expect.stringContaining('imported: 1 hazards, 6 events'),
    });
    const closed = (await hazardEvents()).at(-1) as Row;
    expect(closed).toMatchObject({ type: 'HazardClosed', occurred: '2023-11-05T10:30:00+08:00' });
  });

  it('refuses the same file again as already imported, writing nothing', async () => {
    const { code, output } = await cli(EXAMPLE);
    expect(code).toBe(1);
    expect(output).toContain('already imported');
    expect(await hazardEvents()).toHaveLength(26);
  });
});
