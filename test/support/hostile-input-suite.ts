import { AddressInfo } from 'node:net';
import { EVENT_STORE } from '@hazard-ledger/event-store';
import { seedDemoMines } from '../../apps/api/src/demo/demo-mines';
import { ApiApp, startApiApp } from './api-app';
import { hazardRequests } from './hazard-requests';
import { bodyCases } from './hostile-bodies';
import {
  ApiOperation,
  HostileCase,
  OpenApiDocument,
  exampleOf,
  headerCases,
  operationsOf,
  pathCases,
  queryCases,
} from './hostile-cases';
import { RawResponse, closeRawAgent, rawRequest, rawSocketRequest } from './raw-http';

// Anonymous, a mine's own staff, a regulator, an auditor and an administrator: the edge holds for each.
const ROLES = ['anonymous', 'enterprise.staff', 'inspector.zhang', 'auditor', 'sysadmin'] as const;
const FULL: readonly string[] = ['enterprise.staff', 'inspector.zhang'];

interface Outcome {
  role: string;
  name: string;
  operation: string;
  res: RawResponse;
}

const isProblem = (res: RawResponse): boolean => {
  if (!/^application\/problem\+json/.test(res.contentType)) return false;
  const body = JSON.parse(res.body) as { status?: unknown; title?: unknown; detail?: unknown };
  return body.status === res.status && typeof body.title === 'string' && typeof body.detail === 'string';
};

// Every row of every table the app owns (event store, read side, access log, users, checkpoints…).
const rowCounts = async (api: ApiApp): Promise<Record<string, number>> => {
  const tables = await api.db.query<{ t: string }>(
    `SELECT format('%I.%I', schemaname, tablename) AS t FROM pg_tables
      WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  // The follow-up's claim-code attempt counter is a rate limit, not a record: every attempt counts by design.
  for (const { t } of tables.filter(({ t }) => t !== 'public.tip_claim_attempts'))
    counts[t] = (await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`))[0].n;
  return counts;
};

const inPool = async <T, R>(items: T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> => {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) out[i] = await work(items[i]);
  };
  await Promise.all(Array.from({ length: width }, worker));
  return out;
};

/**
 * The hostile-input suite over shard `shard` of `of` (operation i belongs to shard i % of), so the shards run in
 * parallel jest workers: every operation is covered by exactly one shard, each with its own app and database.
 */
export const hostileInputSuite = (shard: number, of: number): void =>
  describe(`hostile input on every operation of the OpenAPI document, as several roles (shard ${shard + 1}/${of})`, () => {
    let api: ApiApp;
    let port: number;
    let doc: OpenApiDocument;
    let operations: ApiOperation[];
    const outcomes: Outcome[] = [];
    let before: Record<string, number>;
    let after: Record<string, number>;
    const publicReads = new Set<string>();

    beforeAll(async () => {
      api = await startApiApp();
      await seedDemoMines(api.app.get(EVENT_STORE), new Date().toISOString());
      const created = await api.http
        .post('/hazards')
        .set('Authorization', await api.login('enterprise.staff'))
        .send(hazardRequests.DiscoverHazard.body('mine-demo-1'))
        .expect(201);
      const server = api.app.getHttpServer();
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      port = (server.address() as AddressInfo).port;
      doc = JSON.parse((await rawRequest(port, 'GET', '/docs-json', {})).body) as OpenApiDocument;
      const all = operationsOf(doc);
      expect(all.length).toBeGreaterThanOrEqual(50);
      operations = all.filter((_, i) => i % of === shard);
      const fill = (template: string) => (/^\/mines/.test(template) ? 'mine-demo-1' : (created.body.id as string));
      const concrete = (op: ApiOperation) => op.template.replace(/\{\w+\}/g, () => fill(op.template));
      const tokens = new Map<string, string>();
      for (const role of ROLES) if (role !== 'anonymous') tokens.set(role, await api.login(role));
      for (const op of all.filter((o) => o.method === 'GET' && !o.template.includes('{')))
        if ((await rawRequest(port, 'GET', op.template, {})).status < 300) publicReads.add(`GET ${op.template}`);
      before = await rowCounts(api);

      const started = Date.now();
      for (const op of operations) {
        const operation = `${op.method} ${op.template}`;
        for (const c of headerCases(op, concrete(op)))
          outcomes.push({ role: 'anonymous', name: c.name, operation, res: await rawSocketRequest(port, c.rawHead!) });
      }
      const example = (op: ApiOperation) => (op.body ? JSON.stringify(exampleOf(doc, op.body)) : undefined);
      const cases: (HostileCase & { operation: string })[] = operations.flatMap((op) =>
        [
          ...pathCases(op, () => fill(op.template)).map((c) => ({ ...c, body: example(op) })),
          ...queryCases(op, concrete(op)).map((c) => ({ ...c, body: example(op) })),
          ...bodyCases(doc, op, concrete(op)),
        ].map((c) => ({ ...c, operation: `${op.method} ${op.template}` })),
      );
      // The edge is the same for every role; size limits only need showing once (they are most of the bytes).
      const large = (c: HostileCase) => (c.body?.length ?? 0) > 10_000;
      // A mine's staff and a regulator reach the handlers of most commands: they get every case. The other roles
      // share the table in thirds (fixed), so every case also runs as one of them and the spec stays under a minute.
      const runs = ROLES.flatMap((role, r) =>
        cases
          .filter((c, i) => (FULL.includes(role) || i % 3 === r % 3) && (role === 'inspector.zhang' || !large(c)))
          .map((c) => ({ role, c })),
      );
      const results = await inPool(runs, 8, ({ role, c }) =>
        rawRequest(
          port,
          c.method,
          c.path,
          {
            ...(tokens.has(role) ? { Authorization: tokens.get(role)! } : {}),
            ...(c.body !== undefined ? { 'Content-Type': c.contentType ?? 'application/json' } : {}),
          },
          c.body,
        ),
      );
      runs.forEach(({ role, c }, i) => outcomes.push({ role, name: c.name, operation: c.operation, res: results[i] }));
      console.log(
        `hostile input (shard ${shard + 1}/${of}): ${outcomes.length} requests in ${Date.now() - started} ms`,
      );
      after = await rowCounts(api);
    }, 600_000);
    afterAll(async () => {
      closeRawAgent();
      await api.close();
    });

    it('covers every operation of the document with path, query, header and body cases', () => {
      expect(operations.length).toBeGreaterThanOrEqual(50 / of);
      expect(new Set(outcomes.map((o) => o.operation))).toEqual(
        new Set(operations.map((o) => `${o.method} ${o.template}`)),
      );
      expect(new Set(outcomes.map((o) => o.role))).toEqual(new Set(ROLES));
      expect(outcomes.length).toBeGreaterThan(3500 / of);
    });

    it('answers none with a server error', () => {
      const failed = outcomes.filter((o) => o.res.status >= 500 || o.res.status < 200);
      expect(failed.map((o) => `${o.role} ${o.name} → ${o.res.status} ${o.res.body.slice(0, 200)}`)).toEqual([]);
    });

    it('answers every refusal as problem+json with its status, a title and a detail', () => {
      const bad = outcomes.filter((o) => o.res.status >= 400 && o.res.status < 500 && !isProblem(o.res));
      expect(bad.map((o) => `${o.role} ${o.name} → ${o.res.status} ${o.res.contentType}`)).toEqual([]);
    });

    it('accepts nothing, except public reads that ignore what they were sent', () => {
      const accepted = outcomes.filter((o) => o.res.status < 400 && !publicReads.has(o.operation));
      expect(accepted.map((o) => `${o.role} ${o.name} → ${o.res.status}`)).toEqual([]);
      expect([...publicReads]).toEqual(['GET /health']);
    });

    it('writes nothing: every table has as many rows as before', () => {
      expect(after).toEqual(before);
      expect(Object.keys(before).length).toBeGreaterThan(10);
    });
  });
