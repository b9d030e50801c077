import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createDataSource } from '@hazard-ledger/platform';
import { PostgresEventStore } from '@hazard-ledger/event-store';
import { projectionDefinitions } from '@hazard-ledger/read-models';
import { readCheckpoint } from '@hazard-ledger/projection-engine';
import { TestDatabase, aNewEvent, createTestDatabase, spawnApp, waitFor } from '@hazard-ledger/testing';
import { LogPosition, START, comparePositions } from '@hazard-ledger/domain';
import * as fx from '@hazard-ledger/domain/fixtures/hazard';
import { buildFromScratch, caughtUp, hashesOf } from '../support/read-model-snapshot';

const HAZARDS = 120;
const HISTORIES = [fx.history.majorClosed, fx.history.generalClosed, fx.history.escalated, fx.history.rectified];

describe('projector killed (SIGKILL) mid-batch: every read model ends exactly as a clean build', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let store: PostgresEventStore;
  let total = 0;
  // The last append's position; not headPosition(), which a killed projector's open transaction holds back.
  let lastWrite: LogPosition = START;
  const noteWrite = (p: LogPosition) => {
    if (comparePositions(p, lastWrite) > 0) lastWrite = p;
  };
  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await createDataSource(db.url).initialize();
    store = new PostgresEventStore({ connectionString: db.url, poolSize: 8 });
    const event = (e: { type: string; data: object }) => ({
      ...aNewEvent(),
      eventId: randomUUID(),
      type: e.type,
      data: e.data as never,
    });
    await store.append(
      `mine-${fx.MINE_ID}`,
      [
        event({
          type: 'MineRegistered',
          data: { mineId: fx.MINE_ID, name: '示范铁矿', siteType: 'underground', jurisdiction: '140404' },
        }),
      ],
      'no_stream',
    );
    for (let i = 0; i < HAZARDS; i += 8)
      await Promise.all(
        Array.from({ length: 8 }, async (_, j) => {
          const id = `h-${i + j}`;
          const history = HISTORIES[(i + j) % HISTORIES.length];
          // Half in one append (one transaction), half one event at a time: both shapes of batches.
          const on = (e: { type: string; data: object }) => event({ ...e, data: { ...e.data, hazardId: id } });
          if ((i + j) % 2 === 0)
            noteWrite((await store.append(`hazard-${id}`, history.map(on), 'no_stream')).logPosition);
          else for (const e of history) noteWrite((await store.append(`hazard-${id}`, [on(e)], 'any')).logPosition);
          total += history.length;
        }),
      );
    total += 1;
  }, 120_000);
  afterAll(async () => {
    await store.close();
    await ds.destroy();
    await db.drop();
  });

  const applied = async (name: string): Promise<number> =>
    (await ds.query(`SELECT events_applied::int AS n FROM projection_checkpoints WHERE name = $1`, [name]))[0]?.n ?? 0;
  const projector = () =>
    spawnApp('projector', [], { DATABASE_URL: db.url, PROJECTION_BATCH_SIZE: '7', LOG_LEVEL: 'warn' });

  it('loses nothing and doubles nothing across three kills, in every read model', async () => {
    const killedAt: number[] = [];
    for (const fraction of [0.2, 0.45, 0.7]) {
      const run = projector();
      await waitFor(async () => (await applied('hazard-ledger')) >= total * fraction, 60_000, 5);
      run.child.kill('SIGKILL');
      await run.exited;
      killedAt.push(await applied('hazard-ledger'));
    }
    expect(killedAt[0]).toBeGreaterThan(0);
    expect(killedAt[2]).toBeLessThan(total);

    const last = projector();
    await caughtUp(ds, projectionDefinitions, lastWrite, 90_000);
    last.child.kill('SIGTERM');
    const code = await last.exited;
    expect({ code, signal: last.child.signalCode, output: code === 0 ? '' : last.output() }).toEqual({
      code: 0,
      signal: null,
      output: '',
    });

    for (const definition of projectionDefinitions) {
      const live = await hashesOf(ds, definition.tables);
      const shadows = await buildFromScratch(
        ds,
        store,
        definition,
        await readCheckpoint(ds.manager, definition.name),
        500,
      );
      expect({ model: definition.name, tables: await hashesOf(ds, shadows) }).toEqual({
        model: definition.name,
        tables: live,
      });
    }
    // The hazard-ledger and audit-trail checkpoints counted every event exactly once.
    expect(await applied('audit-trail')).toBe(total);
    expect(Number((await ds.query(`SELECT count(*) AS n FROM audit_trail`))[0].n)).toBe(total);
    expect(Number((await ds.query(`SELECT count(*) AS n FROM hazard_ledger WHERE upper_inf(system_time)`))[0].n)).toBe(
      HAZARDS,
    );
  }, 240_000);
});
