import { DataSource } from 'typeorm';
import { comparePositions, parsePosition } from '@hazard-ledger/domain';
import { createDataSource } from '@hazard-ledger/platform';
import { PostgresEventStore } from '@hazard-ledger/event-store';
import { projectionDefinitions, streamCatalogue } from '@hazard-ledger/read-models';
import { ProjectionRunner, liveTables } from '@hazard-ledger/projection-engine';
import { TestDatabase, aNewEvent, createTestDatabase, spawnApp, waitFor } from '@hazard-ledger/testing';

interface Row {
  name: string;
  state: string;
  rebuilding: boolean;
  checkpoint: string;
  lagEvents: number;
  lagMs: number;
  eventsApplied: number;
  updatedAt: string | null;
}

describe('hazard-ledger projections status / rebuild (CLI)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let store: PostgresEventStore;
  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await createDataSource(db.url).initialize();
    store = new PostgresEventStore({ connectionString: db.url, pollIntervalMs: 20 });
    for (let s = 0; s < 6; s++) await store.append(`hazard-${s}`, [aNewEvent(), aNewEvent(), aNewEvent()], 'no_stream');
  });
  afterAll(async () => {
    await store.close();
    await ds.destroy();
    await db.drop();
  });

  const cli = async (...args: string[]) => {
    const run = spawnApp('cli', ['projections', ...args], { DATABASE_URL: db.url });
    return { code: await run.exited, output: run.output() };
  };
  const status = async (): Promise<Row> => {
    const { code, output } = await cli('status', '--json');
    expect(code).toBe(0);
    const rows: Row[] = JSON.parse(output.trim().split('\n').at(-1) as string);
    return rows.find((r) => r.name === 'stream-catalogue') as Row;
  };
  const events = async () => Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM events`))[0].n);

  it('shows a projection nobody runs: checkpoint at the start, lagging by every event', async () => {
    expect(await status()).toEqual({
      name: 'stream-catalogue',
      state: 'not running',
      rebuilding: false,
      checkpoint: '-1/-1',
      lagEvents: await events(),
      lagMs: expect.any(Number),
      eventsApplied: 0,
      updatedAt: null,
    });
  });

  it('rebuilds while a runner in another process keeps going, then reports it running and caught up', async () => {
    const runner = new ProjectionRunner(ds, store, [streamCatalogue.create(liveTables)], { batchSize: 4 });
    runner.start();
    await waitFor(async () => (await status()).state === 'running');
    for (let s = 0; s < 6; s++) await store.append(`hazard-${s}`, [aNewEvent()], 'any');

    const { code, output } = await cli('rebuild', 'stream-catalogue', '--batch-size', '5');
    expect(output).toMatch(
      /重建完成 \/ rebuilt stream-catalogue: \d+ events in \d+\.\d s \(\d+ events\/s; 逐批 \/ in batches\)/,
    );
    expect(code).toBe(0);

    // The append's own position: headPosition() may still be held back by another spec's open transaction.
    const head = (await store.append('hazard-after', [aNewEvent()], 'no_stream')).logPosition;
    await waitFor(async () => {
      const [s] = await runner.status();
      return s.state === 'running' && comparePositions(parsePosition(s.checkpoint), head) >= 0;
    });
    const row = await status();
    await runner.stop();
    expect(row).toMatchObject({ state: 'running', rebuilding: false, lagEvents: 0, lagMs: 0 });
    expect(row.updatedAt).toEqual(expect.any(String));
    expect(row.eventsApplied).toBe(await events());
    expect(await db.query(`SELECT count(*)::int AS n FROM stream_catalogue`)).toEqual([{ n: 7 }]);
  });

  it('refuses an unknown projection with exit code 2 and the list of known ones', async () => {
    const { code, output } = await cli('rebuild', 'no-such-projection');
    const known = projectionDefinitions.map((d) => d.name).join(', ');
    expect(output).toContain(`unknown projection "no-such-projection"; known: ${known}`);
    expect(code).toBe(2);
  });
});
