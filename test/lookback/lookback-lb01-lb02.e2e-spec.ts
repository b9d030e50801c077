import { signatureContentHash } from '@hazard-ledger/auth';
import { dualReportDocument } from '../../apps/api/src/hazards/submit-dual-report/dual-report-document';
import { ApiApp } from '../support/api-app';
import { reportContent } from '../support/hazard-requests';
import { startWithDemoMines } from '../api/hazards/hazard-steps';
import { Row, expectEvidenceVerifies, lookback, planter, sleep } from './lookback-support';

const LB01 = 'LB-01-hazard-timeline';
const LB02 = 'LB-02-mine-timeline';

const known = (rows: Row[]) =>
  Object.fromEntries(rows.flatMap((r) => (r.firstKnowledgeOf as string[]).map((party) => [party, r.type])));

/** LB-01 and LB-02 over HTTP: timelines with first knowledge per party and later amendments marked, at two cuts. */
describe('look-back LB-01 (hazard timeline) and LB-02 (mine timeline)', () => {
  let api: ApiApp;
  let plant: ReturnType<typeof planter>;
  let hazardId: string;
  let other: string;
  let seeded: string;
  let beforeReceipt: string;

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    plant = planter(api);
    await sleep(20);
    seeded = new Date().toISOString();
    hazardId = await plant.hazard('mine-demo-1');
    other = await plant.hazard('mine-demo-2', 'enterprise.other', '消防器材未按期检验');
    await plant.major(hazardId);
    await plant.report(hazardId, 'regulator');
    await sleep(20);
    beforeReceipt = new Date().toISOString();
    await sleep(20);
    const reportHash = signatureContentHash(dualReportDocument(hazardId, 'regulator', reportContent()));
    await plant.post('inspector.zhang', `/hazards/${hazardId}/dual-report-receipts`, {
      recipient: 'regulator',
      reportHash,
    });
    await plant.post('enterprise.staff', `/hazards/${hazardId}/description-amendment`, {
      next: '采场东侧出口有少量废石',
      reason: '现场复核 / re-checked',
    });
  });
  afterAll(() => api.close());

  it('LB-01: every event of the hazard, first knowledge per party, the discovery marked as amended later', async () => {
    const { rows } = await lookback(api, LB01, { hazardId }, plant.lastPosition());
    expect(rows.map((r) => r.type)).toEqual([
      'HazardDiscovered',
      'MajorHazardDetermined',
      'DualReportSubmitted',
      'DualReportReceived',
      'HazardDescriptionAmended',
    ]);
    expect(rows.every((r) => r.entityId === hazardId)).toBe(true);
    expect(rows[0].marks).toEqual(['amended_later']);
    expect(rows[4].marks).toEqual([]);
    expect(known(rows)).toEqual({
      reporter: 'HazardDiscovered',
      enterprise: 'HazardDiscovered',
      enterprise_principal: 'MajorHazardDetermined',
      regulator: 'DualReportReceived',
      inspectors: 'DualReportReceived',
    });
    expect(await expectEvidenceVerifies(api, rows)).toBe(5);
  });

  it('LB-01 before the receipt: the regulator did not know yet, nothing was amended', async () => {
    const { rows } = await lookback(api, LB01, { hazardId, asOf: beforeReceipt }, plant.lastPosition());
    expect(rows.map((r) => r.type)).toEqual(['HazardDiscovered', 'MajorHazardDetermined', 'DualReportSubmitted']);
    expect(known(rows).regulator).toBeUndefined();
    expect(rows[0].marks).toEqual([]);
  });

  it('LB-01 needs a hazard (400)', async () => {
    const res = await api.http.get(`/lookback/${LB01}`).set('Authorization', await api.login('investigator'));
    expect(res.status).toBe(400);
  });

  it('LB-02: the mine’s events in the period, not the other mine’s', async () => {
    const { rows } = await lookback(api, LB02, { mineId: 'mine-demo-1', from: seeded }, plant.lastPosition());
    expect(rows.map((r) => [r.entityId, r.type])).toEqual([
      [hazardId, 'HazardDiscovered'],
      [hazardId, 'MajorHazardDetermined'],
      [hazardId, 'DualReportSubmitted'],
      [hazardId, 'DualReportReceived'],
      [hazardId, 'HazardDescriptionAmended'],
    ]);
    const clean = await lookback(api, LB02, { mineId: 'mine-demo-2', from: seeded }, plant.lastPosition());
    expect(clean.rows.map((r) => [r.entityId, r.marks])).toEqual([[other, []]]);
  });

  it('LB-02 as of before the receipt shows the record as it stood', async () => {
    const { rows } = await lookback(
      api,
      LB02,
      { mineId: 'mine-demo-1', from: seeded, asOf: beforeReceipt },
      plant.lastPosition(),
    );
    expect(rows.map((r) => r.type)).toEqual(['HazardDiscovered', 'MajorHazardDetermined', 'DualReportSubmitted']);
  });

  describe('an answer one page at a time (limit, cursor)', () => {
    const pagesOf = async (id: string, query: Record<string, string>, limit: number) => {
      const rows: Row[] = [];
      const totals = new Set<number>();
      let cursor: string | undefined;
      for (let n = 0; n < 50; n += 1) {
        const res = await api.http
          .get(`/lookback/${id}`)
          .query({ ...query, limit, ...(cursor ? { cursor } : {}) })
          .set('Authorization', await api.login('investigator'));
        expect(res.status).toBe(200);
        expect(res.body.rows.length).toBeLessThanOrEqual(limit);
        expect(res.body.page).toEqual({ limit, after: cursor ?? null, nextCursor: res.body.page.nextCursor });
        rows.push(...res.body.rows);
        totals.add(res.body.total);
        cursor = res.body.page.nextCursor ?? undefined;
        if (!cursor) return { rows, totals: [...totals] };
      }
      throw new Error('no last page after 50');
    };

    // LB-02 pages itself (only the page's facts are read); LB-01 is paged over its whole answer: both must list
    // exactly the whole answer's rows, with the same marks, first knowledge and evidence.
    it.each([
      [LB02, () => ({ mineId: 'mine-demo-1' })],
      [LB01, () => ({ hazardId })],
    ])('%s: the pages, read in turn, are the whole answer at the same cut', async (id, queryOf) => {
      const whole = await lookback(api, id, queryOf(), plant.lastPosition());
      const query = { ...queryOf(), asOf: whole.cut.asOf };
      const paged = await pagesOf(id, query, 2);
      expect(whole.rows.length).toBeGreaterThan(4);
      expect(paged.rows).toEqual(whole.rows);
      expect(paged.totals).toEqual([whole.rows.length]);
      expect(paged.rows.some((r) => (r.firstKnowledgeOf as string[]).length > 0)).toBe(true);
    });

    it('a page and the whole answer are different answers: the page’s digest covers the page', async () => {
      const query = { mineId: 'mine-demo-1', minPosition: plant.lastPosition() };
      const auth = await api.login('investigator');
      const whole = await api.http.get(`/lookback/${LB02}`).query(query).set('Authorization', auth);
      const page = await api.http
        .get(`/lookback/${LB02}`)
        .query({ ...query, asOf: whole.body.cut.asOf, limit: 1 })
        .set('Authorization', auth);
      expect(page.body.rows).toEqual(whole.body.rows.slice(0, 1));
      expect(page.body.answerDigest).not.toBe(whole.body.answerDigest);
      expect(whole.body.page).toBeUndefined();
    });

    it.each([
      [LB02, { limit: '0' }],
      [LB02, { limit: '501' }],
      [LB02, { limit: 'ten' }],
      [LB02, { cursor: 'not-a-position' }],
      [LB02, { cursor: '1'.repeat(401) }],
      [LB02, { cursor: '99999999999999999999' }],
      [LB02, { cursor: '' }],
      [LB01, { cursor: '' }],
    ])('%s refuses a bad page %j (400, nothing answered)', async (id, page) => {
      const res = await api.http
        .get(`/lookback/${id}`)
        .query({ ...(id === LB01 ? { hazardId } : { mineId: 'mine-demo-1' }), ...page })
        .set('Authorization', await api.login('investigator'));
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    });
  });
});
