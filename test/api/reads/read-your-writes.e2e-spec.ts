import { DataSource } from 'typeorm';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { projectionDefinitions } from '@hazard-ledger/read-models';
import { ProjectionRunner, liveTables } from '@hazard-ledger/projection-engine';
import { ApiApp } from '../../support/api-app';
import { hazardRequests } from '../../support/hazard-requests';
import { startWithDemoMines } from '../hazards/hazard-steps';

/** Far beyond any log this suite writes: a read model can never reach it. */
const UNREACHED = '999999999/999999999';

interface OneWrite {
  api: ApiApp;
  auditor: string;
  hazardId: string;
  /** The logPosition the discovery command answered. */
  written: string;
}

/** Each suite: the API on the demo mines, one hazard discovered, an auditor's token. */
const withOneHazardWritten = (runProjections: boolean): OneWrite => {
  const w = {} as OneWrite;
  beforeAll(async () => {
    w.api = await startWithDemoMines({ runProjections });
    const created = await w.api.http
      .post('/hazards')
      .set('Authorization', await w.api.login('enterprise.staff'))
      .send(hazardRequests.DiscoverHazard.body())
      .expect(201);
    w.hazardId = created.body.id;
    w.written = created.body.logPosition;
    w.auditor = await w.api.login('auditor');
  }, 60_000);
  afterAll(() => w.api.close());
  return w;
};

/** A read path (a hazard's own paths by name), asking for `minPosition`. */
const waitingFor = (path: string, hazardId: string, minPosition: string) => {
  const url =
    path === 'audit-trail'
      ? `/audit-trail?entityType=hazard&entityId=${hazardId}`
      : path === 'knowledge-timeline'
        ? `/hazards/${hazardId}/knowledge-timeline`
        : path;
  return `${url}${url.includes('?') ? '&' : '?'}minPosition=${minPosition}`;
};

describe('read-your-writes: ?minPosition= waits as long as the client prefers, then 503 (real PostgreSQL)', () => {
  const w = withOneHazardWritten(true);

  const accesses = async () => (await w.api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM access_log`))[0].n;
  const get = (path: string, prefer?: string) =>
    w.api.http.get(path).set({ Authorization: w.auditor, ...(prefer ? { Prefer: prefer } : {}) });

  it('given a position just written, when read with it, then the answer includes the write', async () => {
    // The longest wait allowed: on a loaded machine a neighbour's transaction can hold the log's horizon for seconds.
    const res = await get(`/ledgers/hazards?minPosition=${w.written}`, 'wait=30').expect(200);
    expect(res.body.items.map((r: { hazardId: string }) => r.hazardId)).toContain(w.hazardId);
  });

  it.each([
    '/ledgers/hazards',
    '/boards/dual-reports',
    '/boards/supervision',
    '/audit-trail?actorId=u-enterprise-staff',
    'knowledge-timeline',
    '/ledgers/hazards/export?format=csv',
  ])(
    'given a position not reached, when %s waits for it, then 503 problem+json with Retry-After, nothing recorded',
    async (path) => {
      const before = await accesses();
      const res = await get(waitingFor(path, w.hazardId, UNREACHED), 'wait=0');
      expect({ status: res.status, type: res.headers['content-type'], retryAfter: res.headers['retry-after'] }).toEqual(
        {
          status: 503,
          type: expect.stringMatching(/^application\/problem\+json/),
          retryAfter: '1',
        },
      );
      expect(res.body).toMatchObject({
        status: 503,
        minPosition: UNREACHED,
        asOfPosition: expect.stringMatching(/^\d+\/\d+$/),
        detail: expect.stringMatching(/请稍后重试 .* retry shortly$/),
      });
      expect(await accesses()).toBe(before);
    },
  );

  it('waits about as long as Prefer: wait asks, not the 5 s default', async () => {
    const started = Date.now();
    await get(`/ledgers/hazards?minPosition=${UNREACHED}`, 'wait=1').expect(503);
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(1_000);
    expect(waited).toBeLessThan(4_500);
  });
});

describe('read-your-writes: the answer is read after the wait, not before it (real PostgreSQL)', () => {
  // No projections run until a test starts them, while its read is already waiting.
  const w = withOneHazardWritten(false);

  it.each([
    ['/ledgers/hazards', (body: { items: { hazardId: string }[] }) => body.items.map((r) => r.hazardId)],
    [
      'audit-trail',
      (body: { entries: { entityId: string; eventType: string }[] }) =>
        body.entries.filter((e) => e.eventType === 'HazardDiscovered').map((e) => e.entityId),
    ],
    [
      'knowledge-timeline',
      (body: { hazardId: string; parties: unknown[] }) => (body.parties.length ? [body.hazardId] : []),
    ],
    ['/ledgers/hazards/export?format=csv', (body: string) => (body.includes(w.hazardId) ? [w.hazardId] : [])],
  ] as const)(
    'given %s waiting for a write its projection has not applied, when the projection catches up, then the answer has the write',
    async (path, idsIn) => {
      const { api, hazardId } = w;
      const read = api.http
        .get(waitingFor(path, hazardId, w.written))
        .set({ Authorization: w.auditor, Prefer: 'wait=30' })
        .buffer(true)
        .parse((res, done) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
          res.on('end', () => done(null, text));
        })
        .then((res) => res); // a supertest request is sent when it is awaited or then'd: now
      await new Promise((r) => setTimeout(r, 300)); // the read is waiting now
      const runner = new ProjectionRunner(
        api.app.get(DataSource),
        api.app.get<EventStore>(EVENT_STORE),
        projectionDefinitions.map((d) => d.create(liveTables, api.app.get<EventStore>(EVENT_STORE))),
      );
      runner.start();
      try {
        const res = await read;
        expect(res.status).toBe(200);
        const body = res.headers['content-type']?.startsWith('application/json') ? JSON.parse(res.body) : res.body;
        expect((idsIn as (b: unknown) => string[])(body)).toContain(hazardId);
      } finally {
        await runner.stop();
        // The next case starts again from read models that have not applied the write.
        await api.db.query(`TRUNCATE ${projectionDefinitions.flatMap((d) => d.tables).join(', ')}`);
        await api.db.query(`DELETE FROM projection_checkpoints`);
      }
    },
  );
});
