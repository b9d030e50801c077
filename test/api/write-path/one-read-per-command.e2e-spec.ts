import { CreateUsers1764400002000, DEMO_PASSWORD } from '@hazard-ledger/auth';
import { streams } from '@hazard-ledger/domain';
import {
  CreateEventStore1764400000000,
  EVENT_STORE,
  EventStore,
  ReadHorizonExemptions1764400011000,
} from '@hazard-ledger/event-store';
import { createTestDatabase } from '@hazard-ledger/testing';
import { DataSource } from 'typeorm';
import { ApiApp } from '../../support/api-app';
import { startWithDemoMines } from '../hazards/hazard-steps';
import { journey, JourneyStep } from './write-journey';

// Schema-qualified, every schema the platform created (read models may live outside public).
const tablesOf = async (query: (sql: string) => Promise<{ name: string }[]>): Promise<string[]> =>
  (
    await query(
      `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
        WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
    )
  ).map((r) => r.name);

/** The tables the write side owns: whatever the event store's and auth's migrations create, on an empty database. */
const writeSideTables = async (): Promise<string[]> => {
  const db = await createTestDatabase({ migrate: false });
  const dataSource = new DataSource({
    type: 'postgres',
    url: db.url,
    migrations: [CreateEventStore1764400000000, CreateUsers1764400002000, ReadHorizonExemptions1764400011000],
    migrationsTableName: 'schema_migrations',
  });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    return await tablesOf((sql) => db.query(sql));
  } finally {
    await dataSource.destroy();
    await db.drop();
  }
};

describe('the write path: one read of the event store per command, no read-model table', () => {
  let api: ApiApp;
  let dropped: string[];
  const reads: string[] = [];

  beforeAll(async () => {
    const own = await writeSideTables();
    api = await startWithDemoMines({ runProjections: false, plantedDocuments: true });
    dropped = (await tablesOf((sql) => api.db.query(sql))).filter((t) => !own.includes(t));
    // Every read model, snapshot, checkpoint and the access log: a command that touched one would fail (500).
    for (const table of dropped) await api.db.query(`DROP TABLE ${table} CASCADE`);
    const store = api.app.get<EventStore>(EVENT_STORE);
    const readStream = store.readStream.bind(store);
    store.readStream = (streamId, options) => {
      reads.push(streamId);
      return readStream(streamId, options);
    };
  });
  afterAll(() => api.close());

  it('drops every read-side table the migrations created (found, not listed by hand)', () => {
    const names = dropped.map((t) => t.split('.')[1]);
    expect(names).toEqual(expect.arrayContaining(['hazard_snapshots', 'stream_catalogue', 'audit_trail']));
    expect(names).not.toContain('events');
    expect(names).not.toContain('app_users');
  });

  const send = async (step: JourneyStep, ids: Record<string, string>) => {
    const res = await api.http
      .post(step.path(ids))
      .set('Authorization', await api.login(step.as))
      .send(step.body(ids));
    return res;
  };

  it('runs every hazard and mine command of a full journey, each reading the event store once per stream it needs', async () => {
    const ids: Record<string, string> = {};
    const seen = new Set<string>();
    for (const step of journey(DEMO_PASSWORD)) {
      reads.length = 0;
      const res = await send(step, ids);
      expect({ command: step.command, status: res.status, body: res.body }).toMatchObject({
        command: step.command,
        status: step.creates ? 201 : 200,
      });
      if (step.creates) ids[step.creates] = res.body.id as string;
      expect({ command: step.command, reads: [...reads].sort() }).toEqual({
        command: step.command,
        reads: step.reads(ids).sort(),
      });
      seen.add(step.command);
    }
    expect([...seen].sort()).toEqual(journey.commands().sort());
  });

  it("reads an unknown hazard's stream once and answers 404 before reading anything else", async () => {
    reads.length = 0;
    const res = await api.http
      .post('/hazards/no-such-hazard/closure')
      .set('Authorization', await api.login('enterprise.staff'))
      .send({});
    expect(res.status).toBe(404);
    expect(reads).toEqual([streams.hazard('no-such-hazard')]);
  });
});
