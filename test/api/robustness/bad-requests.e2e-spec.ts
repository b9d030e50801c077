import {
  HazardCommandType,
  MineCommandType,
  Role,
  hazardCommandAccess,
  mineCommandAccess,
} from '@hazard-ledger/domain';
import { EVENT_STORE } from '@hazard-ledger/event-store';
import { seedDemoMines } from '../../../apps/api/src/demo/demo-mines';
import { startApiApp } from '../../support/api-app';
import { BadRequest, describeBadRequests, mutationsOf } from '../../support/bad-requests';
import { hazardRequests } from '../../support/hazard-requests';
import { mineRequests } from '../../support/mine-requests';

const USER_OF: Partial<Record<Role, string>> = {
  enterprise_staff: 'enterprise.staff',
  enterprise_principal: 'enterprise.principal',
  workers_congress_rep: 'congress.rep',
  inspector: 'inspector.zhang',
  supervising_leader: 'leader.wang',
};

/** The flat mutations of the hazard and mine commands: no null / missing / blank cases, deadlines count as times. */
const FLAT = { nullAndMissing: false, dateField: /At$|deadline|Deadline/i } as const;

describeBadRequests(
  'bad requests: every one gets a 4xx problem, none a 5xx, and nothing is written',
  'hazard and mine',
  async () => {
    const cases: BadRequest[] = [];
    const api = await startApiApp({ plantedDocuments: true });
    await seedDemoMines(api.app.get(EVENT_STORE), new Date().toISOString());
    const res = await api.http
      .post('/hazards')
      .set('Authorization', await api.login('enterprise.staff'))
      .send(hazardRequests.DiscoverHazard.body('mine-demo-1'))
      .expect(201);
    const hazardId = res.body.id as string;
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
          FLAT,
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
          FLAT,
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
    return { api, cases };
  },
);
