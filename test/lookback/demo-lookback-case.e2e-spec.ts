import { AddressInfo } from 'node:net';
import { digest } from '@hazard-ledger/event-store';
import { demoClient } from '../../apps/api/src/demo/demo-client';
import { seedDemoLookbackCase } from '../../apps/api/src/demo/demo-lookback-case';
import { ApiApp } from '../support/api-app';
import { startWithDemoMines } from '../api/hazards/hazard-steps';
import { download } from './lookback-support';

describe('demo look-back case: through the public API, idempotent', () => {
  let api: ApiApp;
  let baseUrl: string;
  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    await api.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(() => api.close());

  it('opens a case about the demo mine, runs two queries in it and freezes one answer, once', async () => {
    const caseId = await seedDemoLookbackCase(baseUrl, demoClient(baseUrl));
    const count = async () => (await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`))[0].n;
    const events = await count();
    expect(await seedDemoLookbackCase(baseUrl, demoClient(baseUrl))).toBe(caseId);
    expect(await count()).toBe(events);
    const res = await api.http.get(`/lookback-cases/${caseId}`).set('Authorization', await api.login('auditor'));
    expect(res.body).toMatchObject({
      status: 'open',
      subject: { mineIds: ['mine-demo-1'], personIds: ['u-inspector-zhang'] },
      legalBasis: expect.stringContaining('第九十条'),
      queriesRun: 2,
      runs: { '1': { queryId: 'LB-02-mine-timeline' }, '2': { queryId: 'LB-10-downgrades-amendments' } },
      frozenAnswers: { '1': { queryId: 'LB-02-mine-timeline' } },
    });
    expect(res.body.frozen).toHaveLength(1);
    const frozen = await download(api, 'auditor', `/lookback-cases/${caseId}/answers/${res.body.frozen[0]}`);
    expect([frozen.status, digest('sm3', frozen.text)]).toEqual([200, res.body.frozen[0]]);
  });
});
