import {
  HazardCommandType,
  MineCommandType,
  Role,
  hazardCommandAccess,
  mineCommandAccess,
} from '@hazard-ledger/domain';
import { EVENT_STORE } from '@hazard-ledger/event-store';
import { seedDemoMines } from '../../../apps/api/src/demo/demo-mines';
import { ApiApp, startApiApp } from '../../support/api-app';
import { hazardRequests } from '../../support/hazard-requests';
import { mineRequests } from '../../support/mine-requests';

const USER_OF: Partial<Record<Role, string>> = {
  enterprise_staff: 'enterprise.staff',
  enterprise_principal: 'enterprise.principal',
  workers_congress_rep: 'congress.rep',
  inspector: 'inspector.zhang',
  supervising_leader: 'leader.wang',
};

interface BadRequest {
  name: string;
  path: string;
  username: string;
  body?: unknown;
  raw?: { contentType: string; payload: string };
  headers?: Record<string, string>;
}

const WRONG_TYPE = (value: unknown): unknown =>
  typeof value === 'string'
    ? 12345
    : typeof value === 'number'
      ? 'not-a-number'
      : Array.isArray(value)
        ? 'not-an-array'
        : typeof value === 'object'
          ? 'not-an-object'
          : { not: 'a-scalar' };

/** Mutations of one valid request: each field missing (when required), of the wrong type, oversized; extra fields; bad dates. */
const mutationsOf = (name: string, path: string, username: string, body: Record<string, unknown>): BadRequest[] => {
  const out: BadRequest[] = [];
  for (const [field, value] of Object.entries(body)) {
    out.push({
      name: `${name}: ${field} of the wrong type`,
      path,
      username,
      body: { ...body, [field]: WRONG_TYPE(value) },
    });
    if (typeof value === 'string')
      out.push({
        name: `${name}: ${field} 200k characters`,
        path,
        username,
        body: { ...body, [field]: '隐'.repeat(200_000) },
      });
    if (/At$|deadline|Deadline/i.test(field)) {
      out.push({
        name: `${name}: ${field} not a date`,
        path,
        username,
        body: { ...body, [field]: '2024-13-45T25:61:00Z' },
      });
      out.push({
        name: `${name}: ${field} far in the future`,
        path,
        username,
        body: { ...body, [field]: '2999-01-01T00:00:00.000Z' },
      });
    }
  }
  out.push({ name: `${name}: unknown field`, path, username, body: { ...body, isAdmin: true } });
  out.push({ name: `${name}: array instead of object`, path, username, body: [body] });
  out.push({
    name: `${name}: malformed JSON`,
    path,
    username,
    raw: { contentType: 'application/json', payload: '{"reason": "未闭合' },
  });
  out.push({
    name: `${name}: wrong content type`,
    path,
    username,
    raw: { contentType: 'text/plain', payload: JSON.stringify(body) },
  });
  out.push({ name: `${name}: bad If-Match`, path, username, body, headers: { 'If-Match': 'revision five' } });
  out.push({ name: `${name}: bad Idempotency-Key`, path, username, body, headers: { 'Idempotency-Key': 'x' } });
  return out;
};

describe('bad requests: every one gets a 4xx problem, none a 5xx, and nothing is written', () => {
  let api: ApiApp;
  let hazardId: string;
  let eventsBefore: number;
  const cases: BadRequest[] = [];

  beforeAll(async () => {
    api = await startApiApp({ plantedDocuments: true });
    await seedDemoMines(api.app.get(EVENT_STORE), new Date().toISOString());
    const res = await api.http
      .post('/hazards')
      .set('Authorization', await api.login('enterprise.staff'))
      .send(hazardRequests.DiscoverHazard.body('mine-demo-1'))
      .expect(201);
    hazardId = res.body.id;
    for (const [command, request] of Object.entries(hazardRequests) as [
      HazardCommandType,
      (typeof hazardRequests)[HazardCommandType],
    ][]) {
      const username = USER_OF[hazardCommandAccess[command].roles[0]] as string;
      cases.push(
        ...mutationsOf(
          command,
          request.path(hazardId),
          username,
          request.body('mine-demo-1') as Record<string, unknown>,
        ),
      );
    }
    for (const [command, request] of Object.entries(mineRequests) as [
      MineCommandType,
      (typeof mineRequests)[MineCommandType],
    ][]) {
      const username = USER_OF[mineCommandAccess[command].roles[0]] as string;
      cases.push(
        ...mutationsOf(
          command,
          request.path('mine-demo-1'),
          username,
          request.body('140404') as Record<string, unknown>,
        ),
      );
    }
    // Well-formed but unknown to the catalogue: refused by the decision, not by the DTO.
    cases.push({
      name: 'unknown clause id',
      path: `/hazards/${hazardId}/general-determination`,
      username: 'enterprise.staff',
      body: { clauseId: 'MHS2022-UG-99', justification: '测试' },
    });
    cases.push({
      name: 'malformed clause id',
      path: `/hazards/${hazardId}/grade-change`,
      username: 'enterprise.staff',
      body: { to: 'major', clauseId: 'UG-1', reason: '测试' },
    });
    cases.push({
      name: 'no such hazard',
      path: '/hazards/00000000-0000-4000-8000-000000000000/closure',
      username: 'leader.wang',
      body: {},
    });
    eventsBefore = (await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`))[0].n;
  });
  afterAll(() => api.close());

  it('generates at least 200 distinct bad requests', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it('answers each with a 4xx application/problem+json and writes no event', async () => {
    const failures: string[] = [];
    for (const c of cases) {
      let req = api.http.post(c.path).set('Authorization', await api.login(c.username));
      for (const [header, value] of Object.entries(c.headers ?? {})) req = req.set(header, value);
      const res = c.raw
        ? await req.set('Content-Type', c.raw.contentType).send(c.raw.payload)
        : await req.send(c.body as object);
      const ok =
        res.status >= 400 && res.status < 500 && /application\/problem\+json/.test(res.headers['content-type'] ?? '');
      if (!ok) failures.push(`${c.name} → ${res.status} ${res.headers['content-type']}`);
    }
    expect(failures).toEqual([]);
    expect((await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`))[0].n).toBe(eventsBefore);
  });
});
