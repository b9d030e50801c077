import { EVENT_STORE } from '@hazard-ledger/event-store';
import { waitFor } from '@hazard-ledger/testing';
import { ApiApp } from '../../support/api-app';
import { plantDutyRecords } from '../../support/duty-requests';
import { startWithDemoMines } from '../hazards/hazard-steps';

type Row = Record<string, unknown>;
type Page = { items: Row[]; total: number; nextCursor?: string };

// Planted: SETS contractors, factors and campaigns (2 items each) on each of two mines.
const SETS = 7;
const REGISTERS: [string, (r: Row) => string, number][] = [
  ['/contractor-register', (r) => String(r.contractorId), 2 * SETS],
  ['/hidden-factor-register', (r) => String(r.factorId), 2 * SETS],
  ['/exam-items', (r) => `${String(r.campaignId)}/${String(r.itemId)}`, 2 * SETS * 2],
];

describe('issue-14 registers page as the other registers do: cursor, limit, nextCursor, total', () => {
  let api: ApiApp;
  let token: string;
  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    const store = api.app.get(EVENT_STORE);
    for (let i = 0; i < SETS; i++) {
      await plantDutyRecords(store, 'mine-demo-1', `a${i}`);
      await plantDutyRecords(store, 'mine-demo-2', `b${i}`);
    }
    token = await api.login('auditor');
  }, 120_000);
  afterAll(() => api.close());

  const page = async (path: string, query: Record<string, string | number>): Promise<Page> =>
    (await api.http.get(path).query(query).set('Authorization', token).expect(200)).body as Page;

  it.each(REGISTERS)(
    'given the planted set, when %s is read 3 rows a page, then every row comes once, in order, and the last page ends',
    async (path, idOf, planted) => {
      await waitFor(async () => ((await page(path, { limit: 200 })).total === planted ? true : undefined), 30_000, 200);
      const whole = (await page(path, { limit: 200 })).items.map(idOf);
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const next = await page(path, { limit: 3, ...(cursor ? { cursor } : {}) });
        expect(next.total).toBe(planted);
        expect(next.items.length).toBeLessThanOrEqual(3);
        seen.push(...next.items.map(idOf));
        cursor = next.nextCursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(Math.ceil(planted / 3));
      expect(seen).toEqual(whole);
      expect(new Set(seen).size).toBe(planted);
    },
  );

  it('when the limit is left out, then a page holds 50 rows at most and says there is more', async () => {
    const first = await page('/exam-items', {});
    expect({ rows: first.items.length, total: first.total, more: first.nextCursor !== undefined }).toEqual({
      rows: Math.min(50, 2 * SETS * 2),
      total: 2 * SETS * 2,
      more: 2 * SETS * 2 > 50,
    });
  });

  it.each(['not-a-cursor', Buffer.from(JSON.stringify(['no-such-row'])).toString('base64url')])(
    'when the cursor is %s, then 400 problem+json, bilingual',
    async (cursor) => {
      const res = await api.http.get('/contractor-register').query({ cursor }).set('Authorization', token);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(String(res.body.detail ?? res.body.title)).toMatch(/游标无效.*Invalid cursor/);
    },
  );
});
