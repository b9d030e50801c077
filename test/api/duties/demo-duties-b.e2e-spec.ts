import { AddressInfo } from 'node:net';
import { demoClient } from '../../../apps/api/src/demo/demo-client';
import { seedDemoDutiesB } from '../../../apps/api/src/demo/demo-duties-b';
import { ApiApp } from '../../support/api-app';
import { startWithDemoMines } from '../hazards/hazard-steps';

type Page = { items: Record<string, unknown>[] };

describe('demo contractors, census, 体检式精查 and 一企一档: through the public API, idempotent, every register filled', () => {
  let api: ApiApp;
  let baseUrl: string;
  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    await api.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(() => api.close());

  it('seeds once; a second seeding writes nothing; a newcomer sees every register filled', async () => {
    await seedDemoDutiesB(demoClient(baseUrl));
    const count = async () => (await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`))[0].n;
    const events = await count();
    await seedDemoDutiesB(demoClient(baseUrl));
    expect(await count()).toBe(events);
    // Read your writes: every register waits until it has folded the last event the demo wrote (the counts alone
    // raced the projection: an item counted before its closure was folded).
    const [{ min }] = await api.db.query<{ min: string }>(
      `SELECT tx_id::text || '/' || global_position::text AS min FROM events ORDER BY global_position DESC LIMIT 1`,
    );
    const read = async (user: string, path: string, ready: (p: Page) => boolean): Promise<Page> => {
      const page: Page = (
        await api.http
          .get(`${path}${path.includes('?') ? '&' : '?'}minPosition=${min}`)
          .set({ Authorization: await api.login(user), Prefer: 'wait=30' })
          .expect(200)
      ).body;
      expect(ready(page)).toBe(true);
      return page;
    };
    const some = (n: number) => (p: Page) => p.items.length >= n;
    const contractors = await read('leader.wang', '/contractor-register', some(2));
    expect(contractors.items).toHaveLength(2);
    const first = contractors.items.find((c) => c.name === '晋东井巷工程有限公司')!;
    expect(first.missingMonths).toEqual(expect.arrayContaining(['2024-03']));
    expect(first.missingMonths).not.toContain('2024-02');
    expect(
      (await read('enterprise.principal', '/hidden-factor-register', some(3))).items.map((f) => f.treatment).sort(),
    ).toEqual(['in_treatment', 'untreated', 'verified']);
    const late = await read('leader.wang', '/exam-items?pastDeadline=true', some(2));
    expect(late.items.map((i) => i.owner).sort()).toEqual(['孙技术', '钱总监']);
    const board = await read('leader.wang', '/certificate-board', some(2));
    expect(board.items.map((r) => r.state)).toEqual(['expired', 'expiring']);
    const byContractor = await read('leader.wang', `/ledgers/hazards?contractorId=${first.contractorId}`, some(1));
    expect(byContractor.items.map((h) => h.contractorId)).toEqual([first.contractorId]);
  }, 120_000);
});
