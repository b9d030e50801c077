import { demoClient } from '../../../apps/api/src/demo/demo-client';
import { seedDemoTips } from '../../../apps/api/src/demo/demo-tips';
import { ApiApp } from '../../support/api-app';
import { eventCount } from '../../support/bad-requests';
import { startTipsApp } from '../../support/tip-steps';

describe('demo 举报, through the public API', () => {
  let api: ApiApp;
  let baseUrl: string;
  beforeAll(async () => {
    ({ api, baseUrl } = await startTipsApp());
  });
  afterAll(() => api.close());

  it('seeds an anonymous tip to a paid reward, a named one with an objection and 复查, an overdue one and one proved true later; seeding again writes nothing', async () => {
    const first = await seedDemoTips(demoClient(baseUrl));
    expect(first.ids).toHaveLength(4);
    expect(first.anonymous?.claimCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const before = await eventCount(api);
    const again = await seedDemoTips(demoClient(baseUrl));
    expect(again.anonymous).toBeUndefined();
    expect(await eventCount(api)).toBe(before);

    const follow = await api.http.post('/tips/follow-up').send(first.anonymous);
    expect(follow.status).toBe(200);
    expect(follow.body).toMatchObject({ feedback: { conclusion: '属实' }, reward: { amountYuan: 27_000, paid: true } });
    const auditor = await api.login('auditor');
    const named = await api.http.get(`/tips/${first.ids[1]}`).set('Authorization', auditor).expect(200);
    expect(named.body.tip).toMatchObject({ status: 're_reviewed', reporter: { kind: 'named', internal: true } });
    expect(named.body.tip.accountabilityCases).toEqual(['上应急追〔2024〕1号']);
    const later = await api.http.get(`/tips/${first.ids[3]}`).set('Authorization', auditor).expect(200);
    expect(later.body.tip).toMatchObject({ finding: 'false', provenTrueLater: true });
  });
});
