import { EVENT_STORE } from '@hazard-ledger/event-store';
import { seedDemoMines } from '../../../apps/api/src/demo/demo-mines';
import { startApiApp } from '../../support/api-app';
import { BadRequest, describeBadRequests, mutationsOf } from '../../support/bad-requests';
import { DutyIds, dutyRequests, plantDutyRecords } from '../../support/duty-requests';

type Json = Record<string, unknown>;
const M = 'mine-demo-1';

/** Well-formed requests the decision, the scope or the state refuses. */
const domainRefusals = (ids: DutyIds): BadRequest[] => {
  const as = (
    name: string,
    command: string,
    body: Json,
    username = 'enterprise.principal',
    path?: string,
  ): BadRequest => ({
    name,
    path: path ?? dutyRequests[command].path(ids, M),
    username,
    body: { ...dutyRequests[command].body(M), ...body },
  });
  return [
    as('re-subcontracting (转包/再分包)', 'RegisterContractor', { subcontractorOf: ids.contractor }),
    as('contract ending before it starts', 'RegisterContractor', { contractTo: '2023-01-01' }),
    as('qualification expired before the contract', 'RegisterContractor', {
      qualification: { certificateNo: 'X', level: '二级', validUntil: '2023-01-01' },
    }),
    as('contractor on an unregistered mine', 'RegisterContractor', { mineId: 'mine-nowhere' }),
    as('contractor on another mine', 'RegisterContractor', { mineId: 'mine-demo-2' }),
    as('assessment of a future month', 'RecordContractorAssessment', { month: '2999-01' }),
    as('assessment before the contract', 'RecordContractorAssessment', { month: '2023-01' }),
    as(
      'assessment of no such contractor',
      'RecordContractorAssessment',
      {},
      'enterprise.principal',
      '/contractors/nope/assessments',
    ),
    as('inspector registers a contractor', 'RegisterContractor', {}, 'inspector.zhang'),
    as('factor found in the future', 'RecordHiddenFactor', { foundOn: '2999-01-01' }),
    as('factor with no size', 'RecordHiddenFactor', { size: {} }),
    as('factor with a negative size', 'RecordHiddenFactor', { size: { areaM2: -1 } }),
    as('cross-validation by the same method', 'CrossValidateHiddenFactor', { method: 'survey' }),
    as('verification before treatment', 'VerifyHiddenFactorTreatment', {}),
    as('staff verifies a treatment', 'VerifyHiddenFactorTreatment', {}, 'enterprise.staff'),
    as(
      'treatment of no such factor',
      'RecordHiddenFactorTreatment',
      {},
      'enterprise.principal',
      '/hidden-factors/nope/treatment',
    ),
    as('mine launches a campaign', 'LaunchExamCampaign', {}),
    as(
      'campaign item twice',
      'LaunchExamCampaign',
      {
        items: [dutyRequests.LaunchExamCampaign.body(M).items, dutyRequests.LaunchExamCampaign.body(M).items]
          .flat()
          .slice(0, 1)
          .concat((dutyRequests.LaunchExamCampaign.body(M).items as Json[]).slice(0, 1)),
      },
      'leader.wang',
    ),
    as('rectification with no finding', 'RecordExamRectification', {}),
    as('inspector records a rectification', 'RecordExamRectification', {}, 'inspector.zhang'),
    as(
      'finding on an unknown item',
      'RecordExamFinding',
      {},
      'leader.wang',
      `/exam-campaigns/${ids.campaign}/items/item-9/finding`,
    ),
    as('closure of no such campaign', 'CloseExamItem', {}, 'leader.wang', '/exam-campaigns/nope/items/item-1/closure'),
    as('removal of an engineer not on file', 'RemoveSafetyEngineer', {}),
    as('revocation of a certificate not on file', 'RevokeOperatorCertificate', {}),
    as('file of another mine', 'AppointFilePerson', {}, 'enterprise.principal', '/enterprise-files/mine-demo-2/people'),
    as(
      'file of an unregistered mine',
      'AppointFilePerson',
      {},
      'enterprise.principal',
      '/enterprise-files/mine-nowhere/people',
    ),
    as('regulator edits the file', 'SetSafetyDepartment', {}, 'leader.wang'),
    as('funds of year 1990', 'RecordSafetyFunds', { year: 1990 }),
    as('fractional staff count', 'SetSafetyDepartment', { fullTimeStaff: 1.5 }),
  ];
};

const READS = [
  '/contractor-register',
  '/hidden-factor-register',
  '/exam-items',
  '/certificate-board',
  `/enterprise-files/${M}`,
];
const badReads = (): BadRequest[] =>
  READS.flatMap((path) => [
    {
      name: `${path}: asOf not a time`,
      method: 'get' as const,
      path: `${path}?asOf=yesterday`,
      username: 'leader.wang',
    },
    {
      name: `${path}: asOf and validAt`,
      method: 'get' as const,
      path: `${path}?asOf=2024-01-01T00:00:00Z&validAt=2024-01-01T00:00:00Z`,
      username: 'leader.wang',
    },
    {
      name: `${path}: mineId malformed`,
      method: 'get' as const,
      path: `${path}?mineId=${encodeURIComponent('a b')}`,
      username: 'leader.wang',
    },
    { name: `${path}: administrator reads`, method: 'get' as const, path, username: 'sysadmin' },
  ]);

describeBadRequests(
  'bad requests against the contractor, census, 体检式精查 and 一企一档 endpoints: each a 4xx problem, nothing written',
  'duties-b',
  async () => {
    const api = await startApiApp();
    const store = api.app.get(EVENT_STORE);
    await seedDemoMines(store, new Date().toISOString());
    const ids = await plantDutyRecords(store, M, 'bad');
    const cases: BadRequest[] = [];
    for (const [command, request] of Object.entries(dutyRequests)) {
      const user = request.access.roles.includes('enterprise_principal') ? 'enterprise.principal' : 'leader.wang';
      cases.push(...mutationsOf(command, request.path(ids, M), user, request.body(M)));
    }
    cases.push(...domainRefusals(ids), ...badReads());
    return { api, cases };
  },
  200,
);
