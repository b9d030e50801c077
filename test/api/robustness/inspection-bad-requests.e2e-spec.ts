import { InspectionCommandType } from '@hazard-ledger/domain';
import { EVENT_STORE } from '@hazard-ledger/event-store';
import { seedDemoMines } from '../../../apps/api/src/demo/demo-mines';
import { ApiApp, startApiApp } from '../../support/api-app';
import { inspectionRequests, recordInspectionBody } from '../../support/inspection-requests';

interface BadRequest {
  name: string;
  path: string;
  username: string;
  body?: unknown;
  raw?: { contentType: string; payload: string };
  headers?: Record<string, string>;
}
type Json = Record<string, unknown>;

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
const OPTIONAL = ['planItemId'];
const MAY_BE_EMPTY = ['evidence'];

/** Each field (and each field of the first item of an array of objects): missing, null, wrong type, oversized. */
const fieldMutations = (body: Json, prefix = ''): { label: string; body: (json: Json) => Json }[] => {
  const out: { label: string; body: (json: Json) => Json }[] = [];
  for (const [field, value] of Object.entries(body)) {
    const set = (v: unknown) => (json: Json) => ({ ...json, [field]: v });
    if (!OPTIONAL.includes(field))
      out.push({
        label: `${prefix}${field} missing`,
        body: (json) => Object.fromEntries(Object.entries(json).filter(([k]) => k !== field)),
      });
    // An optional field may be null (= absent); every required one may not.
    if (!OPTIONAL.includes(field)) out.push({ label: `${prefix}${field} null`, body: set(null) });
    out.push({ label: `${prefix}${field} of the wrong type`, body: set(WRONG_TYPE(value)) });
    if (typeof value === 'string')
      out.push({ label: `${prefix}${field} 200k characters`, body: set('检'.repeat(200_000)) });
    if (/At$/.test(field)) {
      out.push({ label: `${prefix}${field} not a date`, body: set('2024-13-45T25:61:00Z') });
      out.push({ label: `${prefix}${field} far in the future`, body: set('2999-01-01T00:00:00.000Z') });
    }
    if (Array.isArray(value) && !MAY_BE_EMPTY.includes(field)) {
      out.push({ label: `${prefix}${field} empty`, body: set([]) });
      out.push({ label: `${prefix}${field} 1000 items`, body: set(Array(1000).fill(value[0])) });
    }
    if (Array.isArray(value) && value[0] && typeof value[0] === 'object')
      for (const inner of fieldMutations(value[0] as Json, `${field}[0].`))
        out.push({
          label: inner.label,
          body: (json) => ({ ...json, [field]: [inner.body(value[0] as Json), ...value.slice(1)] }),
        });
  }
  return out;
};

const mutationsOf = (name: string, path: string, username: string, body: Json): BadRequest[] => [
  ...fieldMutations(body).map((m) => ({ name: `${name}: ${m.label}`, path, username, body: m.body(body) })),
  { name: `${name}: unknown field`, path, username, body: { ...body, isAdmin: true } },
  { name: `${name}: array instead of object`, path, username, body: [body] },
  {
    name: `${name}: malformed JSON`,
    path,
    username,
    raw: { contentType: 'application/json', payload: '{"summary": "未闭合' },
  },
  {
    name: `${name}: wrong content type`,
    path,
    username,
    raw: { contentType: 'text/plain', payload: JSON.stringify(body) },
  },
  { name: `${name}: bad If-Match`, path, username, body, headers: { 'If-Match': 'revision five' } },
  { name: `${name}: bad Idempotency-Key`, path, username, body, headers: { 'Idempotency-Key': 'x' } },
];

/** Well-formed requests the decision (or the user directory) refuses. */
const domainRefusals = (id: string): BadRequest[] => {
  const rec = (name: string, overrides: Json): BadRequest => ({
    name,
    path: '/inspections',
    username: 'leader.wang',
    body: recordInspectionBody('mine-demo-1', overrides),
  });
  const on = (name: string, suffix: string, body: Json, username = 'leader.wang'): BadRequest => ({
    name,
    path: `/inspections/${id}/${suffix}`,
    username,
    body,
  });
  return [
    rec('team of one', { team: [{ userId: 'u-leader-wang', leader: true }] }),
    rec('no leader', {
      team: [
        { userId: 'u-leader-wang', leader: false },
        { userId: 'u-inspector-zhang', leader: false },
      ],
    }),
    rec('two leaders', {
      team: [
        { userId: 'u-leader-wang', leader: true },
        { userId: 'u-inspector-zhang', leader: true },
      ],
    }),
    rec('member twice', {
      team: [
        { userId: 'u-leader-wang', leader: true },
        { userId: 'u-leader-wang', leader: false },
      ],
    }),
    rec('unknown member', {
      team: [
        { userId: 'u-leader-wang', leader: true },
        { userId: 'u-nobody', leader: false },
      ],
    }),
    rec('member without 执法证号', {
      team: [
        { userId: 'u-leader-wang', leader: true },
        { userId: 'u-auditor', leader: false },
      ],
    }),
    rec('enterprise member', {
      team: [
        { userId: 'u-leader-wang', leader: true },
        { userId: 'u-enterprise-staff', leader: false },
      ],
    }),
    rec('unknown kind', { kind: 'casual' }),
    rec('unregistered mine', { mineId: 'mine-nowhere' }),
    rec('late without reason', { occurredAt: '2024-01-05T00:00:00.000Z' }),
    rec('blank area', { areas: ['   '] }),
    on('unknown clause', 'clauses', { clauses: [{ clauseId: 'MHS2022-UG-99', note: '' }] }),
    on('malformed clause', 'clauses', { clauses: [{ clauseId: 'UG-1', note: '' }] }),
    on('same clause twice', 'clauses', {
      clauses: [
        { clauseId: 'MHS2022-UG-01', note: '' },
        { clauseId: 'MHS2022-UG-01', note: '' },
      ],
    }),
    on('finding on an unknown clause', 'findings', {
      ...(inspectionRequests.RecordInspectionFinding.body() as Json),
      clauseId: 'MHS2022-UG-99',
    }),
    on(
      'finding by someone off the team',
      'findings',
      inspectionRequests.RecordInspectionFinding.body() as Json,
      'inspector.other',
    ),
    on('uppercase media hash', 'media', { media: [{ mediaId: 'DSJ-1', hash: 'AB'.repeat(32), alg: 'sm3' }] }),
    on('sha256 media', 'media', { media: [{ mediaId: 'DSJ-1', hash: 'ab'.repeat(32), alg: 'sha256' }] }),
    on('same media twice', 'media', {
      media: [
        { mediaId: 'DSJ-1', hash: 'ab'.repeat(32), alg: 'sm3' },
        { mediaId: 'DSJ-1', hash: 'cd'.repeat(32), alg: 'sm3' },
      ],
    }),
    on('score 101', 'knowledge-tests', { people: [{ name: '甲', position: '矿长', score: 101 }] }),
    on('negative score', 'knowledge-tests', { people: [{ name: '甲', position: '矿长', score: -1 }] }),
    on('unknown result', 'result', { result: 'fine', summary: '好' }),
    on('blank summary', 'result', { result: 'no_major_hazard', summary: '  ' }),
    on('sign before any result', 'signatures', { password: 'Demo-2024!' }),
    on('sign with a wrong password', 'signatures', { password: 'wrong' }, 'inspector.zhang'),
    on('sign off the team', 'signatures', { password: 'Demo-2024!' }, 'inspector.other'),
    on(
      'enterprise user examines',
      'clauses',
      { clauses: [{ clauseId: 'MHS2022-UG-01', note: '' }] },
      'enterprise.principal',
    ),
  ];
};

describe('bad requests against the inspection endpoints: every one a 4xx problem, none a 5xx, nothing written', () => {
  let api: ApiApp;
  let eventsBefore: number;
  const cases: BadRequest[] = [];

  beforeAll(async () => {
    api = await startApiApp();
    await seedDemoMines(api.app.get(EVENT_STORE), new Date().toISOString());
    const res = await api.http
      .post('/inspections')
      .set('Authorization', await api.login('leader.wang'))
      .send(recordInspectionBody())
      .expect(201);
    const id = res.body.id as string;
    for (const [command, request] of Object.entries(inspectionRequests) as [
      InspectionCommandType,
      (typeof inspectionRequests)[InspectionCommandType],
    ][])
      cases.push(...mutationsOf(command, request.path(id), 'leader.wang', request.body('mine-demo-1') as Json));
    for (const [command, request] of Object.entries(inspectionRequests) as [
      InspectionCommandType,
      (typeof inspectionRequests)[InspectionCommandType],
    ][])
      if (!request.creates)
        cases.push({
          name: `${command}: no such inspection`,
          path: request.path('00000000-0000-4000-8000-000000000000'),
          username: 'leader.wang',
          body: request.body(),
        });
    cases.push(...domainRefusals(id));
    eventsBefore = (await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`))[0].n;
  });
  afterAll(() => api.close());

  it('generates at least 200 distinct bad requests', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    process.stdout.write(`inspection bad requests generated: ${cases.length}\n`);
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
