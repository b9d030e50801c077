import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { streams } from '@hazard-ledger/domain';
import { ApiApp } from '../../support/api-app';
import { signalBody } from '../../support/production-signal-requests';
import { startWithDemoMines } from '../hazards/hazard-steps';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('production signals over HTTP: a regulator records, the mine’s list shows it as of any time', () => {
  let api: ApiApp;
  const post = async (username: string, body: object, headers: Record<string, string> = {}) =>
    api.http
      .post('/production-signals')
      .set({ Authorization: await api.login(username), ...headers })
      .send(body);
  const list = async (username: string, mineId: string, query: Record<string, string> = {}) =>
    api.http
      .get(`/mines/${mineId}/production-signals`)
      .query(query)
      .set('Authorization', await api.login(username));
  const count = async () => (await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`))[0].n;

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
  });
  afterAll(() => api.close());

  it('records an inspector’s power reading: the event keeps every field, its valid time is the observation', async () => {
    const body = signalBody('mine-demo-1');
    const res = await post('inspector.zhang', body, { 'Idempotency-Key': 'signal-e2e-0001' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: expect.any(String), revision: '0', position: expect.any(String) });
    expect(res.headers.etag).toBe('W/"0"');
    const [event] = await api.app.get<EventStore>(EVENT_STORE).readStream(streams.productionSignal(res.body.id));
    expect(event.type).toBe('ProductionSignalRecorded');
    expect(event.data).toEqual({
      signalId: res.body.id,
      ...body,
      recordedBy: { id: 'u-inspector-zhang', name: expect.any(String), role: 'inspector' },
      recordedAt: expect.any(String),
    });
    expect(event.metadata.occurredAt).toBe(body.observedAt);

    // A retry with the same key returns the same result and writes nothing.
    const before = await count();
    const again = await post('inspector.zhang', body, { 'Idempotency-Key': 'signal-e2e-0001' });
    expect({ status: again.status, id: again.body.id }).toEqual({ status: 201, id: res.body.id });
    expect(await count()).toBe(before);

    const page = await list('leader.wang', 'mine-demo-1', { minPosition: res.body.logPosition });
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({
      mineId: 'mine-demo-1',
      items: [
        {
          signalId: res.body.id,
          source: 'power',
          producing: true,
          observedAt: body.observedAt,
          value: 1840,
          unit: 'kWh',
          streamId: streams.productionSignal(res.body.id),
          hash: event.integrity.hash,
        },
      ],
      nextCursor: null,
      asOfPosition: expect.any(String),
    });
  });

  it('lists as of a system time before the recording: nothing; by valid time: only what was observed by then', async () => {
    const before = new Date().toISOString();
    await sleep(20);
    const old = signalBody('mine-demo-2', { observedAt: '2024-03-09T12:00:00.000Z', period: undefined });
    const { body } = await post('leader.wang', old);
    const latest = await list('auditor', 'mine-demo-2', { minPosition: body.logPosition });
    expect(latest.body.items.map((s: { signalId: string }) => s.signalId)).toEqual([body.id]);
    expect((await list('auditor', 'mine-demo-2', { asOf: before })).body.items).toEqual([]);
    expect((await list('auditor', 'mine-demo-2', { validAt: '2024-03-09T11:00:00.000Z' })).body.items).toEqual([]);
    expect((await list('auditor', 'mine-demo-2', { validAt: '2024-03-09T13:00:00.000Z' })).body.items).toHaveLength(1);
  });

  it.each([
    ['the enterprise principal', 'enterprise.principal', signalBody('mine-demo-1'), 403],
    ['an auditor', 'auditor', signalBody('mine-demo-1'), 403],
    ['an unregistered mine', 'inspector.zhang', signalBody('mine-nowhere'), 404],
    ['a future observation', 'inspector.zhang', signalBody('mine-demo-1', { observedAt: '2999-01-01T00:00:00Z' }), 400],
    [
      'observedAt outside its period',
      'inspector.zhang',
      signalBody('mine-demo-1', { observedAt: '2024-01-01T00:00:00Z' }),
      422,
    ],
    ['a value without a unit', 'inspector.zhang', signalBody('mine-demo-1', { unit: undefined }), 422],
  ])('refuses %s as problem+json and writes nothing', async (_, username, body, status) => {
    const before = await count();
    const res = await post(username, body);
    expect({ status: res.status, type: res.headers['content-type'] }).toEqual({
      status,
      type: expect.stringMatching(/^application\/problem\+json/),
    });
    expect(res.body.detail).toMatch(/[\u4e00-\u9fff]/);
    expect(await count()).toBe(before);
  });
});
