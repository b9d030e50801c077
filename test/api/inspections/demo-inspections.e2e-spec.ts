import { AddressInfo } from 'node:net';
import { streams } from '@hazard-ledger/domain';
import { demoClient } from '../../../apps/api/src/demo/demo-client';
import { seedDemoInspections } from '../../../apps/api/src/demo/demo-inspections';
import { ApiApp } from '../../support/api-app';
import { startWithDemoMines } from '../hazards/hazard-steps';

describe('demo inspections: written through the public API, idempotent, every register row kind present', () => {
  let api: ApiApp;
  let baseUrl: string;
  beforeAll(async () => {
    api = await startWithDemoMines();
    await api.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(() => api.close());

  it('seeds three signed inspections (one late, one with a finding that created a hazard) and one unsigned, once', async () => {
    const ids = await seedDemoInspections(demoClient(baseUrl));
    expect(ids).toHaveLength(4);
    const events = await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`);
    expect(await seedDemoInspections(demoClient(baseUrl))).toEqual([]);
    expect(await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`)).toEqual(events);
    const completed = await api.db.query<{ stream_id: string }>(
      `SELECT stream_id FROM events WHERE type = 'InspectionCompleted'`,
    );
    expect(completed.map((r) => r.stream_id).sort()).toEqual(ids.slice(0, 3).map(streams.inspection).sort());
    const [finding] = await api.db.query<{ data: { hazardId: string } }>(
      `SELECT data FROM events WHERE type = 'InspectionFindingRecorded'`,
    );
    const [discovered] = await api.db.query<{ data: { linkedRef: unknown; source: string } }>(
      `SELECT data FROM events WHERE stream_id = $1`,
      [streams.hazard(finding.data.hazardId)],
    );
    expect(discovered.data).toMatchObject({ source: 'inspection', linkedRef: { kind: 'inspection', id: ids[2] } });
    const [late] = await api.db.query<{ data: { late: boolean; lateReason: string } }>(
      `SELECT data FROM events WHERE stream_id = $1 AND type = 'InspectionRecorded'`,
      [streams.inspection(ids[1])],
    );
    expect(late.data).toMatchObject({ late: true, lateReason: expect.stringContaining('补录') });
  });
});
