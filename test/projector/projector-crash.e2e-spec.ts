import { Client } from 'pg';
import { PostgresEventStore } from '@hazard-ledger/event-store';
import { TestDatabase, aNewEvent, createTestDatabase, spawnApp, waitFor } from '@hazard-ledger/testing';

const STREAMS = 100;
const TOTAL = STREAMS * 6 * 10;

describe('projector crash (SIGKILL) and restart', () => {
  let db: TestDatabase;
  let sql: Client;
  beforeAll(async () => {
    db = await createTestDatabase();
    const store = new PostgresEventStore({ connectionString: db.url, poolSize: 16 });
    for (let round = 0; round < 6; round++)
      await Promise.all(
        Array.from({ length: STREAMS }, (_, s) =>
          store.append(
            `hazard-${s}`,
            Array.from({ length: 10 }, () => aNewEvent()),
            round === 0 ? 'no_stream' : BigInt(round * 10 - 1),
          ),
        ),
      );
    await store.close();
    sql = new Client({ connectionString: db.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await db.drop();
  });

  const applied = async (): Promise<number> => {
    const { rows } = await sql.query(
      `SELECT events_applied::int AS n FROM projection_checkpoints WHERE name = 'stream-catalogue'`,
    );
    return rows[0]?.n ?? 0;
  };
  const projector = () =>
    spawnApp('projector', [], { DATABASE_URL: db.url, PROJECTION_BATCH_SIZE: '10', LOG_LEVEL: 'warn' });

  it('loses nothing and applies nothing twice across three kills in mid-run', async () => {
    const killedAt: number[] = [];
    for (const fraction of [0.15, 0.4, 0.65]) {
      const run = projector();
      await waitFor(async () => (await applied()) >= TOTAL * fraction, 60000, 5);
      run.child.kill('SIGKILL');
      await run.exited;
      killedAt.push(await applied());
    }
    // Each kill really interrupted the run: progress was made and work was left.
    expect(killedAt[0]).toBeGreaterThan(0);
    expect(killedAt[2]).toBeLessThan(TOTAL);
    expect([...killedAt].sort((a, b) => a - b)).toEqual(killedAt);

    const last = projector();
    await waitFor(async () => (await applied()) >= TOTAL, 120_000);
    last.child.kill('SIGTERM');
    expect(await last.exited).toBe(0);

    expect(await applied()).toBe(TOTAL);
    const truth = await sql.query(
      `SELECT stream_id, count(*)::int AS n, max(stream_position)::int AS last FROM events GROUP BY stream_id ORDER BY stream_id`,
    );
    const projected = await sql.query(
      `SELECT stream_id, event_count::int AS n, last_revision::int AS last FROM stream_catalogue ORDER BY stream_id`,
    );
    expect(projected.rows).toHaveLength(STREAMS);
    expect(projected.rows).toEqual(truth.rows);
  }, 180_000);
});
