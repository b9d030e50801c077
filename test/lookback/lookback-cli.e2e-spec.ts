import { AccessLogWriter } from '@hazard-ledger/access-log';
import { runLookbackCommand, runLookbackList } from '../../apps/cli/src/commands/lookback.command';
import { ApiApp } from '../support/api-app';
import { startWithDemoMines } from '../api/hazards/hazard-steps';
import { lookback, planter } from './lookback-support';

const LB10 = 'LB-10-downgrades-amendments';

/** `npm run cli -- lookback …`: the same answer as the API, as a table or JSON, and the read access-logged. */
describe('CLI lookback', () => {
  let api: ApiApp;
  let hazardId: string;
  let fromApi: Awaited<ReturnType<typeof lookback>>;
  const db = () => ({ query: (sql: string, params?: unknown[]) => api.db.query(sql, params) as Promise<never> });
  const writer = () => new AccessLogWriter((sql, params) => api.db.query(sql, params), { hashAlgorithm: 'sm3' });

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    const plant = planter(api);
    hazardId = await plant.hazard('mine-demo-1');
    await plant.post('enterprise.staff', `/hazards/${hazardId}/description-amendment`, {
      next: '出口有少量废石',
      reason: '复核 / re-checked',
    });
    fromApi = await lookback(api, LB10, {}, plant.lastPosition());
  });
  afterAll(() => api.close());

  it('lists the queries', () => {
    const lines: string[] = [];
    runLookbackList((l) => lines.push(l));
    expect(lines[0]).toMatch(/^LB-01-hazard-timeline\tv1\t/);
    expect(lines.some((l) => l.startsWith(`${LB10}\t`))).toBe(true);
  });

  it('prints the API’s rows as JSON at the same cut, and logs the read with its purpose', async () => {
    const lines: string[] = [];
    const code = await runLookbackCommand(
      db(),
      writer(),
      LB10,
      { json: true, asOf: fromApi.cut.asOf, purpose: '复核' },
      (l) => lines.push(l),
    );
    expect(code).toBe(0);
    const printed = JSON.parse(lines[0]);
    expect(printed.rows).toEqual(fromApi.rows);
    expect(printed.cut).toEqual(fromApi.cut);
    const [logged] = await api.db.query<{ actor_role: string; purpose: string; record_ids: string[] }>(
      `SELECT actor_role, purpose, record_ids FROM access_log ORDER BY id DESC LIMIT 1`,
    );
    expect(logged).toEqual({ actor_role: 'cli-operator', purpose: '复核', record_ids: [`hazard-${hazardId}`] });
  });

  it('prints a table with the Chinese headers and the evidence; an unknown id exits 1', async () => {
    const lines: string[] = [];
    expect(await runLookbackCommand(db(), writer(), LB10, {}, (l) => lines.push(l))).toBe(0);
    expect(lines[2].split('\t')[0]).toBe('隐患 hazard');
    expect(lines[3]).toContain(hazardId);
    expect(lines[3]).toMatch(/\d+:HazardDiscovered \d+:HazardDescriptionAmended$/);
    expect(lines.at(-1)).toBe('共 1 行 / 1 rows');
    expect(await runLookbackCommand(db(), writer(), 'LB-99-none', {}, () => undefined)).toBe(1);
  });
});
