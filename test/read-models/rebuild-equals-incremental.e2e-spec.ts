import { comparePositions, parsePosition } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { projectionDefinitions } from '@hazard-ledger/read-models';
import { readCheckpoint, rebuildProjection } from '@hazard-ledger/projection-engine';
import { suiteEnv } from '@hazard-ledger/testing';
import { DataSource } from 'typeorm';
import { ApiApp } from '../support/api-app';
import { hazardRequests } from '../support/hazard-requests';
import { buildFromScratch, caughtUp, hashesOf } from '../support/read-model-snapshot';
import { startWithDemoMines } from '../api/hazards/hazard-steps';

const GENERAL_PATH: [string, string, object][] = [
  ['enterprise.staff', 'general-determination', {}],
  ['enterprise.staff', 'description-amendment', hazardRequests.AmendHazardDescription.body()],
  ['enterprise.staff', 'rectification-assignment', hazardRequests.AssignRectification.body()],
  ['enterprise.staff', 'rectification-completion', hazardRequests.CompleteRectification.body()],
  ['enterprise.principal', 'rectification-verification', {}],
  ['enterprise.staff', 'closure', {}],
];

describe('rebuild equals incremental: every read model, built live while commands run, equals a build from zero', () => {
  let api: ApiApp;
  // Histories here are at most 7 events long: snapshot every 3rd so the hazard-snapshots model has rows too.
  suiteEnv('HAZARD_SNAPSHOT_EVERY', '3');
  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
  }, 60_000);
  afterAll(() => api.close());
  const auth: Record<string, string> = {};
  /** The hazards and how far along the general path each has gone. */
  const hazards: { id: string; steps: number }[] = [];
  let last = '0/0';
  const note = (p: string) => (comparePositions(parsePosition(p), parsePosition(last)) > 0 ? (last = p) : last);
  const step = async (hazard: { id: string; steps: number }) => {
    const [user, path, body] = GENERAL_PATH[hazard.steps++];
    const res = await api.http.post(`/hazards/${hazard.id}/${path}`).set('Authorization', auth[user]).send(body);
    expect({ path, status: res.status }).toEqual({ path, status: 200 });
    note(res.body.logPosition);
  };
  const equalsBuildFromZero = async (ds: DataSource, store: EventStore) => {
    for (const definition of projectionDefinitions) {
      const live = await hashesOf(ds, definition.tables, store);
      const shadows = await buildFromScratch(ds, store, definition, await readCheckpoint(ds.manager, definition.name));
      expect({ model: definition.name, tables: await hashesOf(ds, shadows) }).toEqual({
        model: definition.name,
        tables: live,
      });
      expect(Object.values(live).some((t) => (t as { rows: number }).rows > 0)).toBe(true);
    }
  };

  it('row for row (hash of every row of every table)', async () => {
    for (const user of ['enterprise.staff', 'enterprise.principal']) auth[user] = await api.login(user);
    // 16 hazards walk different lengths of the general path concurrently, so live batches interleave them.
    await Promise.all(
      Array.from({ length: 16 }, async (_, i) => {
        const created = await api.http
          .post('/hazards')
          .set('Authorization', auth['enterprise.staff'])
          .send(hazardRequests.DiscoverHazard.body())
          .expect(201);
        note(created.body.logPosition);
        const hazard = { id: created.body.id as string, steps: 0 };
        hazards.push(hazard);
        while (hazard.steps < i % (GENERAL_PATH.length + 1)) await step(hazard);
      }),
    );
    const ds = api.app.get(DataSource);
    const store = api.app.get<EventStore>(EVENT_STORE);
    await caughtUp(ds, projectionDefinitions, parsePosition(last));
    for (const definition of projectionDefinitions) {
      const live = await hashesOf(ds, definition.tables);
      const shadows = await buildFromScratch(ds, store, definition, await readCheckpoint(ds.manager, definition.name));
      expect({ model: definition.name, tables: await hashesOf(ds, shadows) }).toEqual({
        model: definition.name,
        tables: live,
      });
      expect(Object.values(live).some((t) => (t as { rows: number }).rows > 0)).toBe(true);
      // And `projections rebuild` (the read model's bulk COPY path where it has one) swaps in the same rows.
      await rebuildProjection({ dataSource: ds, feed: store, definition, batchSize: 13 });
      expect({ model: definition.name, tables: await hashesOf(ds, definition.tables, store) }).toEqual({
        model: definition.name,
        tables: live,
      });
    }
  }, 120_000);

  it('after the rebuilds, commands on the same hazards go on: the live runner restores the state it needs, still equal', async () => {
    const ds = api.app.get(DataSource);
    const store = api.app.get<EventStore>(EVENT_STORE);
    // The rebuilds left every fold-state doc of the temporal models to be restored on the hazard's next event.
    const unfolded = `SELECT count(*)::int AS n FROM hazard_ledger_state WHERE doc IS NULL`;
    expect((await ds.query(unfolded))[0].n).toBe(hazards.length);
    const goOn = hazards.filter((h) => h.steps < GENERAL_PATH.length);
    await Promise.all(goOn.map((h) => step(h)));
    await caughtUp(ds, projectionDefinitions, parsePosition(last));
    expect((await ds.query(unfolded))[0].n).toBe(hazards.length - goOn.length);
    await equalsBuildFromZero(ds, store);
  }, 120_000);
});
