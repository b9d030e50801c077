import { EVENT_STORE } from '@hazard-ledger/event-store';
import { seedDemoMines } from '../../../apps/api/src/demo/demo-mines';
import { ApiApp, startApiApp } from '../../support/api-app';
import { hazardRequests } from '../../support/hazard-requests';

describe('concurrent and repeated commands on one hazard', () => {
  let api: ApiApp;
  let staff: string;
  beforeAll(async () => {
    api = await startApiApp();
    await seedDemoMines(api.app.get(EVENT_STORE), new Date().toISOString());
    staff = await api.login('enterprise.staff');
  });
  afterAll(() => api.close());

  const discover = async () =>
    (
      await api.http
        .post('/hazards')
        .set('Authorization', staff)
        .send(hazardRequests.DiscoverHazard.body('mine-demo-1'))
        .expect(201)
    ).body as {
      id: string;
      revision: string;
    };
  const eventCount = async (hazardId: string) =>
    (
      await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events WHERE stream_id = $1`, [
        `hazard-${hazardId}`,
      ])
    )[0].n;

  it('lets exactly one of 100 concurrent commands at the same revision win; the rest get 412 with the current revision', async () => {
    const { id, revision } = await discover();
    const amend = (i: number) =>
      api.http
        .post(`/hazards/${id}/description-amendment`)
        .set('Authorization', staff)
        .set('If-Match', `W/"${revision}"`)
        .send({ next: `巷道顶板离层，第 ${i} 次描述`, reason: '补充细节 / more detail' });
    const responses = await Promise.all(Array.from({ length: 100 }, (_, i) => amend(i)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(99);
    for (const r of responses.filter((r) => r.status === 412))
      expect(r.body.currentRevision).toBe(String(Number(revision) + 1));
    expect(await eventCount(id)).toBe(2);
    const winner = responses.find((r) => r.status === 200);
    const { body } = await api.http.get(`/hazards/${id}`).set('Authorization', staff).expect(200);
    expect(JSON.stringify(body)).toContain(`第 ${responses.indexOf(winner!)} 次描述`);
  });

  it('answers the same command retried with one Idempotency-Key with the same response and one set of events', async () => {
    const { id } = await discover();
    const send = () =>
      api.http
        .post(`/hazards/${id}/description-amendment`)
        .set('Authorization', staff)
        .set('Idempotency-Key', `amend-once-${id}`)
        .send({ next: '采空区边界不清', reason: '现场复核 / site check' });
    const responses = await Promise.all([send(), send(), send()]);
    const ok = responses.filter((r) => r.status === 200);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    for (const r of ok) expect(r.body).toEqual(ok[0].body);
    const again = await send().expect(200);
    expect(again.body).toEqual(ok[0].body);
    expect(await eventCount(id)).toBe(2);
  });

  it('creates a hazard once when its discovery is retried with the same key', async () => {
    const send = () =>
      api.http
        .post('/hazards')
        .set('Authorization', staff)
        .set('Idempotency-Key', 'discover-once-0001')
        .send(hazardRequests.DiscoverHazard.body('mine-demo-1'));
    const first = await send().expect(201);
    const second = await send().expect(201);
    expect(second.body).toEqual(first.body);
    expect(await eventCount(first.body.id)).toBe(1);
  });
});
