import { Client } from 'pg';
import { PostgresEventStore } from '@hazard-ledger/event-store';
import { TestDatabase, aNewEvent, createTestDatabase, spawnApp } from '@hazard-ledger/testing';

describe('hazard-ledger verify (CLI)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    const store = new PostgresEventStore({ connectionString: db.url });
    for (let s = 0; s < 5; s++) await store.append(`hazard-${s}`, [aNewEvent(), aNewEvent(), aNewEvent()], 'no_stream');
    await store.close();
  });
  afterAll(() => db.drop());

  const verify = async (...args: string[]) => {
    const cli = spawnApp('cli', ['verify', '--no-progress', ...args], { DATABASE_URL: db.url });
    return { code: await cli.exited, output: cli.output() };
  };

  it('exits 0 when every chain is intact', async () => {
    const { code, output } = await verify();
    expect(output).toContain('chain intact: 15 events in 5 streams');
    expect(code).toBe(0);
  });

  it('prints the first broken stream, revision and global position of a tampered row, and exits 1', async () => {
    const sql = new Client({ connectionString: db.url });
    await sql.connect();
    const { rows } = await sql.query(
      `SELECT global_position::text AS p FROM events WHERE stream_id = 'hazard-3' AND stream_position = 2`,
    );
    // A superuser bypasses the immutability trigger, as an insider with database access could.
    await sql.query(`ALTER TABLE events DISABLE TRIGGER events_immutable_rows`);
    await sql.query(
      `UPDATE events SET data = data || '{"note":"一般隐患"}' WHERE stream_id = 'hazard-3' AND stream_position = 2`,
    );
    await sql.query(`ALTER TABLE events ENABLE TRIGGER events_immutable_rows`);
    await sql.end();

    const { code, output } = await verify();
    expect(output).toContain(`first break: stream hazard-3, revision 2, global position ${rows[0].p} (hash-mismatch)`);
    expect(code).toBe(1);
    expect((await verify('--stream', 'hazard-1')).code).toBe(0);
    expect((await verify('--from', rows[0].p, '--to', rows[0].p)).code).toBe(1);
  });

  it('rejects a malformed position with a usage error', async () => {
    const { code, output } = await verify('--from', 'abc');
    expect(code).not.toBe(0);
    expect(output).toContain('position must be a non-negative integer');
  });
});
