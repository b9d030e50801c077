import { InspectionCommandType } from '@hazard-ledger/domain';
import { EVENT_STORE } from '@hazard-ledger/event-store';
import { seedDemoMines } from '../../../apps/api/src/demo/demo-mines';
import { startApiApp } from '../../support/api-app';
import { BadRequest, describeBadRequests, mutationsOf } from '../../support/bad-requests';
import { inspectionRequests, recordInspectionBody } from '../../support/inspection-requests';

type Json = Record<string, unknown>;

/** planItemId may be absent or null; evidence may be empty; the items of an array of objects are mutated by path. */
const FLAT = { optional: ['planItemId'], arrays: { mayBeEmpty: ['evidence'] } } as const;

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

describeBadRequests(
  'bad requests against the inspection endpoints: every one a 4xx problem, none a 5xx, nothing written',
  'inspection',
  async () => {
    const cases: BadRequest[] = [];
    const api = await startApiApp();
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
      cases.push(...mutationsOf(command, request.path(id), 'leader.wang', request.body('mine-demo-1') as Json, FLAT));
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
    return { api, cases };
  },
);
