import { DEMO_PASSWORD } from '@hazard-ledger/auth';
import { EVENT_STORE } from '@hazard-ledger/event-store';
import { seedDemoMines } from '../../../apps/api/src/demo/demo-mines';
import { ApiApp, startApiApp } from '../../support/api-app';
import { BadRequest, describeBadRequests, mutationsOf } from '../../support/bad-requests';
import {
  DutyRequest,
  checkBody,
  checkHazardBody,
  hotWorkPermitRequests,
  monthlyCheckRequests,
  permitBody,
} from '../../support/monthly-duty-requests';

type Json = Record<string, unknown>;
const NOBODY = '00000000-0000-4000-8000-000000000000';
const FLAT = { optional: ['contractorId'], arrays: { mayBeEmpty: [] } } as const;
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

const flat = (
  requests: Record<string, DutyRequest>,
  idOf: (command: string) => string,
  username: (c: string) => string,
) =>
  Object.entries(requests).flatMap(([command, request]) =>
    mutationsOf(command, request.path(idOf(command)), username(command), request.body('mine-demo-1') as Json, FLAT),
  );

/** Well-formed requests the decision, the scope or the time window refuses. */
const refusals = (ids: { check: string; signedCheck: string; permit: string; otherHazard: string }): BadRequest[] => {
  const r = (name: string, path: string, username: string, body: Json): BadRequest => ({ name, path, username, body });
  const check = (overrides: Json) => checkBody('mine-demo-1', overrides);
  const permit = (overrides: Json) => permitBody('mine-demo-1', overrides);
  const sign = { result: 'none_found', summary: '无', password: DEMO_PASSWORD };
  return [
    r(
      'check: second of the same month',
      '/monthly-checks',
      'enterprise.principal',
      check({ month: '2025-04', occurredAt: '2025-04-20T02:00:00.000Z' }),
    ),
    r('check: month 13', '/monthly-checks', 'enterprise.principal', check({ month: '2025-13' })),
    r(
      'check: carried out before its month',
      '/monthly-checks',
      'enterprise.principal',
      check({ month: '2025-06', occurredAt: '2025-05-31T00:00:00.000Z' }),
    ),
    r('check: unknown clause', '/monthly-checks', 'enterprise.principal', check({ clauses: ['MHS2022-UG-99'] })),
    r(
      'check: a clause twice',
      '/monthly-checks',
      'enterprise.principal',
      check({ clauses: ['MHS2022-UG-01', 'MHS2022-UG-01'] }),
    ),
    r('check: malformed clause', '/monthly-checks', 'enterprise.principal', check({ clauses: ['UG-1'] })),
    r(
      'check: blank participant',
      '/monthly-checks',
      'enterprise.principal',
      check({ participants: [{ name: ' ', position: '总工' }] }),
    ),
    r('check: unregistered mine', '/monthly-checks', 'enterprise.principal', check({ mineId: 'mine-nowhere' })),
    r('check: another mine', '/monthly-checks', 'enterprise.principal', checkBody('mine-demo-2')),
    r('check: by an inspector', '/monthly-checks', 'inspector.zhang', check({})),
    r('check: by an auditor', '/monthly-checks', 'auditor', check({})),
    r('check: by the system administrator', '/monthly-checks', 'sysadmin', check({})),
    r('link: hazard that does not exist', `/monthly-checks/${ids.check}/hazards`, 'enterprise.staff', {
      hazardId: NOBODY,
    }),
    r('link: hazard of another check', `/monthly-checks/${ids.check}/hazards`, 'enterprise.staff', {
      hazardId: ids.otherHazard,
    }),
    r('link: on a signed check', `/monthly-checks/${ids.signedCheck}/hazards`, 'enterprise.staff', {
      hazardId: ids.otherHazard,
    }),
    r('link: by another mine', `/monthly-checks/${ids.check}/hazards`, 'enterprise.other', {
      hazardId: ids.otherHazard,
    }),
    r('sign: by the safety director', `/monthly-checks/${ids.check}/signature`, 'enterprise.safety', sign),
    r('sign: by staff', `/monthly-checks/${ids.check}/signature`, 'enterprise.staff', sign),
    r('sign: wrong password', `/monthly-checks/${ids.check}/signature`, 'enterprise.principal', {
      ...sign,
      password: 'wrong',
    }),
    r('sign: hazards found with none linked', `/monthly-checks/${ids.check}/signature`, 'enterprise.principal', {
      ...sign,
      result: 'hazards_found',
    }),
    r('sign: unknown result', `/monthly-checks/${ids.check}/signature`, 'enterprise.principal', {
      ...sign,
      result: 'maybe',
    }),
    r('sign: twice', `/monthly-checks/${ids.signedCheck}/signature`, 'enterprise.principal', sign),
    r('sign: by an inspector', `/monthly-checks/${ids.check}/signature`, 'inspector.zhang', sign),
    r(
      'permit: window over',
      '/hot-work-permits',
      'enterprise.staff',
      permit({ windowStart: inMinutes(-300), windowEnd: inMinutes(-200) }),
    ),
    r(
      'permit: end before start',
      '/hot-work-permits',
      'enterprise.staff',
      permit({ windowStart: inMinutes(60), windowEnd: inMinutes(30) }),
    ),
    r('permit: longer than policy', '/hot-work-permits', 'enterprise.staff', permit({ windowEnd: inMinutes(600) })),
    r('permit: blank precaution', '/hot-work-permits', 'enterprise.staff', permit({ precautions: ['  '] })),
    r('permit: another mine', '/hot-work-permits', 'enterprise.staff', permitBody('mine-demo-2')),
    r('permit: unregistered mine', '/hot-work-permits', 'enterprise.staff', permit({ mineId: 'mine-nowhere' })),
    r('permit: by an inspector', '/hot-work-permits', 'inspector.zhang', permit({})),
    r('permit: by the workers’ congress rep', '/hot-work-permits', 'congress.rep', permit({})),
    r(
      'approve: by the requester',
      `/hot-work-permits/${ids.permit}/approval`,
      'enterprise.staff',
      hotWorkPermitRequests.ApproveHotWorkPermit.body() as Json,
    ),
    r('approve: wrong password', `/hot-work-permits/${ids.permit}/approval`, 'enterprise.safety', {
      precautions: ['监护'],
      password: 'wrong',
    }),
    r('approve: blank precaution', `/hot-work-permits/${ids.permit}/approval`, 'enterprise.safety', {
      precautions: [' '],
      password: DEMO_PASSWORD,
    }),
    r(
      'approve: by another mine',
      `/hot-work-permits/${ids.permit}/approval`,
      'enterprise.other',
      hotWorkPermitRequests.ApproveHotWorkPermit.body() as Json,
    ),
    r('start: before approval', `/hot-work-permits/${ids.permit}/start`, 'enterprise.staff', {}),
    r('finish: before start', `/hot-work-permits/${ids.permit}/finish`, 'enterprise.staff', { note: '完工' }),
    r('cancel: blank reason', `/hot-work-permits/${ids.permit}/cancellation`, 'enterprise.staff', { reason: ' ' }),
  ];
};

/** Bad queries of the new reads: malformed filters, both time axes at once, an out-of-scope board. */
const badReads = (): BadRequest[] => {
  const g = (name: string, path: string, username = 'leader.wang'): BadRequest => ({
    name,
    method: 'get',
    path,
    username,
  });
  return [
    g('board: malformed mine id', '/boards/monthly-check?mineId=mine%20one'),
    g('board: malformed month', '/boards/monthly-check?mineId=mine-demo-1&fromMonth=2025-1'),
    g('board: from after to', '/boards/monthly-check?mineId=mine-demo-1&fromMonth=2025-05&toMonth=2025-01'),
    g('board: over 120 months', '/boards/monthly-check?mineId=mine-demo-1&fromMonth=2000-01&toMonth=2025-01'),
    g(
      'board: asOf and validAt',
      '/boards/monthly-check?mineId=mine-demo-1&asOf=2025-01-01T00:00:00Z&validAt=2025-01-01T00:00:00Z',
    ),
    g('board: asOf not a time', '/boards/monthly-check?mineId=mine-demo-1&asOf=yesterday'),
    g('board: unregistered mine', '/boards/monthly-check?mineId=mine-nowhere'),
    g('board: another district', '/boards/monthly-check?mineId=mine-demo-1', 'inspector.other'),
    g('board: another mine', '/boards/monthly-check?mineId=mine-demo-2', 'enterprise.principal'),
    g('board: administrator', '/boards/monthly-check?mineId=mine-demo-1', 'sysadmin'),
    g('board export: bad format', '/boards/monthly-check/export?mineId=mine-demo-1&format=pdf'),
    g('register: bad result', '/monthly-check-register?result=maybe'),
    g('register: bad late', '/monthly-check-register?late=perhaps'),
    g('register: limit 0', '/monthly-check-register?limit=0'),
    g('register: bad cursor', '/monthly-check-register?cursor=not-a-cursor'),
    g('register: bad minPosition', '/monthly-check-register?minPosition=12'),
    g('register export: bad format', '/monthly-check-register/export?format=pdf'),
    g('permits: bad status', '/hot-work-permit-register?status=burning'),
    g('permits: bad window', '/hot-work-permit-register?windowFrom=tomorrow'),
    g('permits: both axes', '/hot-work-permit-register?asOf=2025-01-01T00:00:00Z&validAt=2025-01-01T00:00:00Z'),
    g('permits: limit 201', '/hot-work-permit-register?limit=201'),
    g('permits: bad cursor', '/hot-work-permit-register?cursor=%%%'),
    g('permits: administrator', '/hot-work-permit-register', 'auditadmin'),
    g('permits export: bad format', '/hot-work-permit-register/export?format=doc'),
  ];
};

const setup = async (): Promise<{ api: ApiApp; cases: BadRequest[] }> => {
  const api = await startApiApp();
  await seedDemoMines(api.app.get(EVENT_STORE), new Date().toISOString());
  const post = async (username: string, path: string, body: object, status = 201) =>
    (
      await api.http
        .post(path)
        .set('Authorization', await api.login(username))
        .send(body)
        .expect(status)
    ).body as { id: string };
  const check = (
    await post(
      'enterprise.principal',
      '/monthly-checks',
      checkBody('mine-demo-1', { month: '2025-04', occurredAt: '2025-04-20T02:00:00.000Z' }),
    )
  ).id;
  const signedCheck = (
    await post(
      'enterprise.principal',
      '/monthly-checks',
      checkBody('mine-demo-1', { month: '2025-03', occurredAt: '2025-03-20T02:00:00.000Z' }),
    )
  ).id;
  await post(
    'enterprise.principal',
    `/monthly-checks/${signedCheck}/signature`,
    { result: 'none_found', summary: '无', password: DEMO_PASSWORD },
    200,
  );
  const otherHazard = (await post('enterprise.staff', '/hazards', checkHazardBody('mine-demo-1.2025-01'))).id;
  const permit = (await post('enterprise.staff', '/hot-work-permits', permitBody())).id;
  const cases = [
    ...flat(
      monthlyCheckRequests,
      (c) => (c === 'SignMonthlyCheck' ? check : check),
      (c) => (c === 'SignMonthlyCheck' ? 'enterprise.principal' : 'enterprise.staff'),
    ),
    ...flat(
      hotWorkPermitRequests,
      () => permit,
      (c) => (c === 'ApproveHotWorkPermit' ? 'enterprise.safety' : 'enterprise.staff'),
    ),
    ...[...Object.entries(monthlyCheckRequests), ...Object.entries(hotWorkPermitRequests)]
      .filter(([, request]) => !request.creates)
      .map(
        ([command, request]): BadRequest => ({
          name: `${command}: no such record`,
          path: request.path(NOBODY),
          username: command === 'SignMonthlyCheck' ? 'enterprise.principal' : 'enterprise.safety',
          body: request.body(),
        }),
      ),
    ...refusals({ check, signedCheck, permit, otherHazard }),
    ...badReads(),
  ];
  return { api, cases };
};

describeBadRequests(
  'bad requests against the monthly-check and hot-work permit endpoints: every one a 4xx problem, nothing written',
  'duties',
  setup,
  200,
);
