import { DEMO_PASSWORD } from '@hazard-ledger/auth';
import { comparePositions, parsePosition } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { hotWorkPermitRegister, monthlyCheckRegister } from '@hazard-ledger/read-models';
import { readCheckpoint, rebuildProjection } from '@hazard-ledger/projection-engine';
import { DataSource } from 'typeorm';
import { ApiApp } from '../support/api-app';
import { checkBody, permitBody } from '../support/monthly-duty-requests';
import { buildFromScratch, caughtUp, hashesOf } from '../support/read-model-snapshot';
import { startWithDemoMines } from '../api/hazards/hazard-steps';

/** The two registers of issue 14, built live while checks and permits are written concurrently, equal a build from zero. */
describe('rebuild equals incremental: the monthly-check and hot-work permit registers', () => {
  let api: ApiApp;
  let last = '0/0';
  const note = (p: string) => (comparePositions(parsePosition(p), parsePosition(last)) > 0 ? (last = p) : last);
  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
  }, 60_000);
  afterAll(() => api.close());

  const post = async (username: string, path: string, body: object) => {
    const res = await api.http
      .post(path)
      .set('Authorization', await api.login(username))
      .send(body);
    expect({ path, status: res.status }).toEqual({ path, status: path.split('/').length === 2 ? 201 : 200 });
    note(res.body.logPosition);
    return res.body.id as string;
  };

  it('row for row, live and after `projections rebuild`', async () => {
    await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const month = `2025-${String(i + 1).padStart(2, '0')}`;
        const check = await post(
          'enterprise.principal',
          '/monthly-checks',
          checkBody('mine-demo-1', { month, occurredAt: `${month}-20T02:00:00.000Z` }),
        );
        if (i % 2 === 0)
          await post('enterprise.principal', `/monthly-checks/${check}/signature`, {
            result: 'none_found',
            summary: '无',
            password: DEMO_PASSWORD,
          });
        const permit = await post('enterprise.staff', '/hot-work-permits', permitBody());
        if (i % 3 !== 0)
          await post('enterprise.safety', `/hot-work-permits/${permit}/approval`, {
            precautions: ['监护'],
            password: DEMO_PASSWORD,
          });
        if (i % 3 === 2) await post('enterprise.staff', `/hot-work-permits/${permit}/start`, {});
      }),
    );
    const ds = api.app.get(DataSource);
    const store = api.app.get<EventStore>(EVENT_STORE);
    const definitions = [monthlyCheckRegister, hotWorkPermitRegister];
    await caughtUp(ds, definitions, parsePosition(last));
    for (const definition of definitions) {
      const live = await hashesOf(ds, definition.tables);
      expect((live[definition.tables[0]] as { rows: number }).rows).toBeGreaterThanOrEqual(8);
      const shadows = await buildFromScratch(ds, store, definition, await readCheckpoint(ds.manager, definition.name));
      expect({ model: definition.name, tables: await hashesOf(ds, shadows) }).toEqual({
        model: definition.name,
        tables: live,
      });
      await rebuildProjection({ dataSource: ds, feed: store, definition, batchSize: 5 });
      expect({ model: definition.name, tables: await hashesOf(ds, definition.tables, store) }).toEqual({
        model: definition.name,
        tables: live,
      });
    }
  }, 120_000);
});
