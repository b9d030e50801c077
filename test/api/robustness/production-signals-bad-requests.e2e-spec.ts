import { ApiApp } from '../../support/api-app';
import { BadRequest, describeBadRequests, mutationsOf } from '../../support/bad-requests';
import { signalBody } from '../../support/production-signal-requests';
import { startWithDemoMines } from '../hazards/hazard-steps';

type Json = Record<string, unknown>;
const PATH = '/production-signals';
const KEY = 'bad-requests-signal-1';

/** Well-formed requests the roles, the scope or the decision refuse. */
const refusals = (): BadRequest[] => {
  const r = (name: string, body: Json, username = 'inspector.zhang', headers?: Record<string, string>) => ({
    name,
    path: PATH,
    username,
    body,
    ...(headers ? { headers } : {}),
  });
  const s = (overrides: Json) => signalBody('mine-demo-1', overrides);
  const period = signalBody().period;
  return [
    ...['enterprise.staff', 'enterprise.principal', 'enterprise.safety', 'congress.rep', 'auditor', 'investigator'].map(
      (username) => r(`record: by ${username}`, s({}), username),
    ),
    r('record: by the system administrator', s({}), 'sysadmin'),
    r('record: by the identity custodian', s({}), 'custodian.chen'),
    r('record: by another district’s inspector', s({}), 'inspector.other'),
    r('record: unregistered mine', signalBody('mine-nowhere')),
    r('record: unknown source', s({ source: 'rumour' })),
    r('record: producing as text', s({ producing: 'true' })),
    r('record: producing as 1', s({ producing: 1 })),
    r('record: observedAt without a zone', s({ observedAt: '2024-03-09T12:00:00' })),
    r('record: observedAt a date only', s({ observedAt: '2024-03-09' })),
    r('record: observedAt before 2000', s({ observedAt: '1999-12-31T00:00:00Z', period: undefined })),
    r('record: observedAt outside the period', s({ observedAt: '2024-03-09T12:00:00Z' })),
    r('record: period ending before it starts', s({ period: { from: period.to, to: period.from } })),
    r('record: period.from not a time', s({ period: { ...period, from: 'yesterday' } })),
    r('record: period.to in the future', s({ period: { ...period, to: '2999-01-01T00:00:00Z' } })),
    r('record: period without from', s({ period: { to: period.to } })),
    r('record: period with an extra field', s({ period: { ...period, hours: 8 } })),
    r('record: period as an array', s({ period: [period.from, period.to] })),
    r('record: negative value', s({ value: -1 })),
    r('record: value beyond any meter', s({ value: 1e13 })),
    r('record: value as text', s({ value: '1840' })),
    r('record: value without a unit', s({ unit: undefined })),
    r('record: unit without a value', s({ value: undefined })),
    r('record: blank unit', s({ unit: '  ' })),
    r('record: unit over 20 characters', s({ unit: 'k'.repeat(21) })),
    r('record: blank reference', s({ reference: ' ' })),
    r('record: note over 2000 characters', s({ note: '文'.repeat(2001) })),
    r('record: stale If-Match on a new signal', s({}), 'inspector.zhang', { 'If-Match': 'W/"5"' }),
    r('record: Idempotency-Key reused with another body', s({ value: 9 }), 'inspector.zhang', {
      'Idempotency-Key': KEY,
    }),
  ];
};

const badReads = (): BadRequest[] => {
  const g = (name: string, path: string, username = 'leader.wang'): BadRequest => ({
    name,
    method: 'get',
    path,
    username,
  });
  const list = '/mines/mine-demo-1/production-signals';
  return [
    g('list: asOf and validAt', `${list}?asOf=2025-01-01T00:00:00Z&validAt=2025-01-01T00:00:00Z`),
    g('list: asOf not a time', `${list}?asOf=yesterday`),
    g('list: limit 0', `${list}?limit=0`),
    g('list: limit 500', `${list}?limit=500`),
    g('list: bad cursor', `${list}?cursor=not-a-cursor`),
    g('list: bad minPosition', `${list}?minPosition=12`),
    g('list: unknown parameter', `${list}?source=power`),
    g('list: unregistered mine', '/mines/mine-nowhere/production-signals'),
    g('list: another district', list, 'inspector.other'),
    g('list: another mine', '/mines/mine-demo-2/production-signals', 'enterprise.principal'),
    g('list: administrator', list, 'sysadmin'),
  ];
};

const setup = async (): Promise<{ api: ApiApp; cases: BadRequest[] }> => {
  const api = await startWithDemoMines();
  // The key a bad request later reuses with another body.
  await api.http
    .post(PATH)
    .set({ Authorization: await api.login('inspector.zhang'), 'Idempotency-Key': KEY })
    .send(signalBody())
    .expect(201);
  const flat = mutationsOf('record', PATH, 'inspector.zhang', signalBody() as Json, {
    optional: ['period', 'value', 'unit', 'reference', 'note'],
    dateField: /^observedAt$/,
  });
  return { api, cases: [...flat, ...refusals(), ...badReads()] };
};

describeBadRequests(
  'bad requests against the production-signal endpoints: every one a 4xx problem, nothing written',
  'production signals',
  setup,
  60,
);
