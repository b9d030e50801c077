import { ApiApp } from '../../support/api-app';
import { receiveBody } from '../../support/tip-steps';
import { startWithDemoMines } from '../hazards/hazard-steps';

/**
 * 举报保密 (review finding 1): a hazard found on a tip reads, to the mine's own people, like any hazard the regulator
 * found — source `regulator`, no complaint link, no "public" who-knew party — in the hazard, the ledger, its
 * export, the audit trail and the knowledge timeline; regulators still see the tip.
 */
describe('a hazard from a tip: its origin is hidden from the enterprise side, kept for regulators', () => {
  let api: ApiApp;
  let tipId = '';
  let hazardId = '';
  let last = '';
  const get = async (username: string, path: string) => {
    const res = await api.http.get(path).set('Authorization', await api.login(username));
    expect({ path, status: res.status }).toEqual({ path, status: 200 });
    return res;
  };
  const leaks = (text: string) => ({
    tipId: text.includes(tipId),
    tipSource: /"tip"|,tip,|\btip\b/.test(text),
    complaint: text.includes('complaint'),
    publicParty: text.includes('"public"'),
  });
  const NONE = { tipId: false, tipSource: false, complaint: false, publicParty: false };

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    const leader = await api.login('leader.wang');
    tipId = (
      await api.http
        .post('/tips')
        .set('Authorization', leader)
        .send(receiveBody({ anonymous: true, internal: false }))
        .expect(201)
    ).body.id;
    const found = await api.http
      .post('/hazards')
      .set('Authorization', await api.login('inspector.zhang'))
      .send({
        ...{ mineId: 'mine-demo-1', source: 'tip', location: '-120m 中段', description: '安全出口被废石堵塞' },
        ...{ evidence: [], occurredAt: new Date().toISOString(), linkedRef: { kind: 'complaint', id: tipId } },
      })
      .expect(201);
    [hazardId, last] = [found.body.id, found.body.logPosition];
  });
  afterAll(() => api.close());

  it('GET /hazards/:id: the mine sees source regulator and nothing of the tip; the district sees the tip', async () => {
    const staff = await get('enterprise.staff', `/hazards/${hazardId}`);
    expect({ source: staff.body.hazard.source, ...leaks(staff.text) }).toEqual({ source: 'regulator', ...NONE });
    expect((await get('leader.wang', `/hazards/${hazardId}`)).body.hazard.source).toBe('tip');
  });

  it('the hazard ledger and its export: the row reads regulator; filtering by tip is refused to the mine', async () => {
    const path = `/ledgers/hazards?mineId=mine-demo-1&minPosition=${last}`;
    const row = (r: { body: { items: { hazardId: string; source: string }[] } }) =>
      r.body.items.find((i) => i.hazardId === hazardId)?.source;
    const staff = await get('enterprise.principal', path);
    expect({ source: row(staff), ...leaks(staff.text) }).toEqual({ source: 'regulator', ...NONE });
    expect(row(await get('leader.wang', path))).toBe('tip');
    const filtered = await api.http.get(`${path}&source=tip`).set('Authorization', await api.login('enterprise.staff'));
    expect(filtered.status).toBe(400);
    const csv = await get(
      'enterprise.staff',
      `/ledgers/hazards/export?format=csv&mineId=mine-demo-1&minPosition=${last}`,
    );
    expect({ regulator: csv.text.includes('regulator'), ...leaks(csv.text) }).toEqual({ regulator: true, ...NONE });
  });

  it('the audit trail and the knowledge timeline: nothing of the tip for the mine; the tip for the district', async () => {
    const trail = `/audit-trail?entityType=hazard&entityId=${hazardId}&minPosition=${last}`;
    expect(leaks((await get('enterprise.staff', trail)).text)).toEqual(NONE);
    expect(leaks((await get('leader.wang', trail)).text)).toMatchObject({ tipId: true, complaint: true });
    const timeline = `/hazards/${hazardId}/knowledge-timeline?minPosition=${last}`;
    expect(leaks((await get('enterprise.staff', timeline)).text)).toEqual(NONE);
    expect((await get('leader.wang', timeline)).text).toContain('"public"');
  });
});
