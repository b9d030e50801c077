import { DataSource } from 'typeorm';
import { comparePositions, parsePosition } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { streamCatalogue } from '@hazard-ledger/read-models';
import { ProjectionRunner, liveTables } from '@hazard-ledger/projection-engine';
import { HORIZON_WAIT_MS, aNewEvent, waitFor } from '@hazard-ledger/testing';
import { ApiApp, startApiApp } from '../support/api-app';

/** The value of one sample line, e.g. `name{projection="stream-catalogue"} 12`. */
const sample = (text: string, name: string, labels = ''): number | undefined => {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels} `));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
};
const PROJECTION = '{projection="stream-catalogue"}';

describe('GET /metrics (Prometheus)', () => {
  let api: ApiApp;
  let store: EventStore;
  beforeAll(async () => {
    api = await startApiApp();
    store = api.app.get<EventStore>(EVENT_STORE);
    let last = { commit: -1n, prepare: -1n };
    for (let s = 0; s < 3; s++)
      last = (await store.append(`hazard-m${s}`, [aNewEvent(), aNewEvent()], 'no_stream')).logPosition;
    // The read horizon is cluster-wide: another spec's open transaction can hold the head back (seconds, under load).
    await waitFor(async () => comparePositions(await store.headPosition(), last) >= 0, HORIZON_WAIT_MS);
  }, 120_000);
  afterAll(() => api.close());

  const scrape = async () => {
    const res = await api.http.get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
    return res.text;
  };
  const truth = async () => {
    const [row] = await api.db.query<{ n: number; head: number }>(
      `SELECT count(*)::int AS n, coalesce(max(global_position), 0)::int AS head FROM events`,
    );
    return row;
  };

  it('answers without a token, with process metrics and the log head', async () => {
    const text = await scrape();
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
    expect(sample(text, 'hazard_ledger_log_head_position')).toBe((await truth()).head);
  });

  it('shows a projection that has not run as lagging by every event', async () => {
    const text = await scrape();
    const { n, head } = await truth();
    expect(head).toBeGreaterThanOrEqual(6);
    expect(sample(text, 'hazard_ledger_projection_lag_events', PROJECTION)).toBe(n);
    expect(sample(text, 'hazard_ledger_projection_lag_seconds', PROJECTION)).toBeGreaterThan(0);
    expect(sample(text, 'hazard_ledger_projection_checkpoint_position', PROJECTION)).toBe(0);
    expect(sample(text, 'hazard_ledger_projection_events_applied_total', PROJECTION)).toBe(0);
    expect(text).toContain('# TYPE hazard_ledger_projection_events_applied_total gauge');
  });

  it('follows the checkpoint once the projection has caught up', async () => {
    const runner = new ProjectionRunner(api.app.get(DataSource), store, [streamCatalogue.create(liveTables)]);
    runner.start();
    const head = await store.headPosition();
    await waitFor(async () => {
      const [s] = await runner.status();
      return comparePositions(parsePosition(s.checkpoint), head) >= 0;
    });
    await runner.stop();
    const text = await scrape();
    const { n } = await truth();
    const [cp] = await api.db.query<{ p: number; applied: number }>(
      `SELECT prepare_position::int AS p, events_applied::int AS applied FROM projection_checkpoints
        WHERE name = 'stream-catalogue'`,
    );
    expect(sample(text, 'hazard_ledger_projection_lag_events', PROJECTION)).toBe(0);
    expect(sample(text, 'hazard_ledger_projection_lag_seconds', PROJECTION)).toBe(0);
    expect(sample(text, 'hazard_ledger_projection_checkpoint_position', PROJECTION)).toBe(cp.p);
    expect(sample(text, 'hazard_ledger_projection_events_applied_total', PROJECTION)).toBe(n);
    expect(cp.applied).toBe(n);
  });

  it('times requests by method, route pattern and status, refused ones included', async () => {
    await api.http.get('/projections').expect(401);
    await api.http.get('/no-such-route').expect(404);
    const text = await scrape();
    const count = (labels: string) => sample(text, 'hazard_ledger_http_request_duration_seconds_count', labels);
    expect(count('{method="GET",route="/projections",status="401"}')).toBe(1);
    expect(count('{method="GET",route="unmatched",status="404"}')).toBeGreaterThanOrEqual(1);
    expect(count('{method="GET",route="/metrics",status="200"}')).toBeGreaterThanOrEqual(3);
  });

  it('is left out of the OpenAPI description', async () => {
    const res = await api.http.get('/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).not.toContain('/metrics');
    expect(Object.keys(res.body.paths)).toContain('/projections');
  });
});
