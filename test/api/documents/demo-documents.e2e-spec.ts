import { AddressInfo } from 'node:net';
import { demoClient } from '../../../apps/api/src/demo/demo-client';
import { seedDemoDocuments } from '../../../apps/api/src/demo/demo-documents';
import { ApiApp } from '../../support/api-app';
import { seedDemoInspections } from '../../../apps/api/src/demo/demo-inspections';
import { startWithDemoMines } from '../hazards/hazard-steps';
import { eventCount } from '../../support/documents-app';

describe('demo 执法文书 and 行政处罚, through the public API', () => {
  let api: ApiApp;
  let baseUrl: string;
  beforeAll(async () => {
    api = await startWithDemoMines();
    await api.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    // The documents cite the demo 重点督查, seeded first as npm start does.
    await seedDemoInspections(demoClient(baseUrl));
  });
  afterAll(() => api.close());

  it('seeds a document amended after service, one never served and a 一案双罚 penalty; seeding again writes nothing', async () => {
    const [d1, d2] = await seedDemoDocuments(demoClient(baseUrl));
    const before = await eventCount(api);
    await seedDemoDocuments(demoClient(baseUrl));
    expect(await eventCount(api)).toBe(before);
    const leader = await api.login('leader.wang');
    const served = await api.http.get(`/documents/${d1}`).set('Authorization', leader).expect(200);
    expect(served.body.versions.at(-1)).toMatchObject({ version: 2, afterService: true });
    const drafted = await api.http.get(`/documents/${d2}`).set('Authorization', leader).expect(200);
    expect(drafted.body.document).toMatchObject({ status: 'drafted', served: false });
    const penalties = await api.db.query<{ type: string; data: { noIndividualTarget: boolean } }>(
      `SELECT type, data FROM events WHERE type = 'PenaltyDecided' AND data->>'documentId' = $1`,
      [d1],
    );
    expect(penalties.map((p) => p.data.noIndividualTarget).sort()).toEqual([false, true]);
  });
});
