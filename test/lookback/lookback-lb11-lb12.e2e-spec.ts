import { EVENT_STORE } from '@hazard-ledger/event-store';
import { seedDemoMines } from '../../apps/api/src/demo/demo-mines';
import { dualReportDocument } from '../../apps/api/src/hazards/submit-dual-report/dual-report-document';
import { ApiApp, startApiApp } from '../support/api-app';
import { documentRequests } from '../support/document-requests';
import { signatureContentHash } from '@hazard-ledger/auth';
import { hazardRequests, remediationPlan, reportContent } from '../support/hazard-requests';
import { PlantedInspectionTeams, PlantedInspectionTeamsModule } from '../support/planted-inspection-teams';
import { expectEvidenceVerifies, lookback, planter, signed, sleep } from './lookback-support';

const LB11 = 'LB-11-documents-amended-after-signing';
const LB12 = 'LB-12-sign-off-without-penalty';
const team = [
  { userId: 'u-inspector-zhang', certificateNo: '14040420240001', leader: true },
  { userId: 'u-leader-wang', certificateNo: '14040420230001', leader: false },
];

/** LB-11 and LB-12 over HTTP on one app: planted on mine-demo-1, clean records beside them, two cuts each. */
describe('look-back LB-11 (documents amended after signing) and LB-12 (sign-off without penalty)', () => {
  let api: ApiApp;
  let plant: ReturnType<typeof planter>;
  const ids: Record<string, string> = {};
  const cuts: Record<string, string> = {};
  const mark = async (name: string) => {
    await sleep(20);
    cuts[name] = new Date().toISOString();
    await sleep(20);
  };

  const draft = async (mineId: string, kind = 'rectification_order', docNo = '(上)应急责改〔2024〕11号') =>
    (
      await plant.post(
        'inspector.zhang',
        '/documents',
        { ...documentRequests.DraftDocument.body({ mineId, inspectionId: `insp-${mineId}` } as never), kind, docNo },
        201,
      )
    ).id;
  const amend = (id: string) =>
    plant.post('inspector.zhang', `/documents/${id}/amendments`, documentRequests.AmendDocument.body({} as never));
  const signedOff = async (mineId: string) => {
    const id = await plant.hazard(mineId);
    await plant.major(id);
    const on = (suffix: string) => `/hazards/${id}/${suffix}`;
    for (const [recipient, receiver] of [
      ['regulator', 'inspector.zhang'],
      ['workers_congress', 'congress.rep'],
    ] as const) {
      await plant.report(id, recipient);
      const reportHash = signatureContentHash(dualReportDocument(id, recipient, reportContent()));
      await plant.post(receiver, on('dual-report-receipts'), { recipient, reportHash });
    }
    await plant.post('leader.wang', on('supervision-listing'), hazardRequests.ListForSupervision.body());
    await plant.post('enterprise.principal', on('remediation-plans'), remediationPlan());
    await plant.post('leader.wang', on('remediation-plan-acceptance'), {});
    await plant.post('enterprise.staff', on('evaluation'), hazardRequests.EvaluateRemediation.body());
    await plant.post('enterprise.principal', on('sign-off-request'), signed);
    const review = { findings: '两个安全出口畅通', conclusion: 'passed', ...signed };
    await plant.post('inspector.zhang', on('site-reviews'), review);
    await plant.post('inspector.li', on('site-reviews'), review);
    await plant.post('leader.zhao', on('sign-off'), { decisionNo: '上应急销〔2024〕5号', ...signed });
    return id;
  };
  const penalty = async (mineId: string, hazardId: string, withPerson: boolean) => {
    const doc = await draft(mineId, 'penalty_decision', `(上)应急罚〔2024〕${hazardId.slice(0, 4)}号`);
    await plant.post(
      'inspector.li',
      `/documents/${doc}/legal-review`,
      documentRequests.ReviewDocumentLegally.body({} as never),
    );
    await plant.post('inspector.zhang', `/documents/${doc}/signature`, signed);
    const body = documentRequests.DecidePenalty.body({ mineId, penaltyDocumentId: doc } as never) as {
      targets: object[];
    };
    const targets = withPerson ? body.targets : body.targets.slice(0, 1);
    return (await plant.post('leader.wang', '/penalties', { ...body, hazardIds: [hazardId], targets }, 201)).id;
  };

  beforeAll(async () => {
    api = await startApiApp({ runProjections: true, inspectionTeams: PlantedInspectionTeamsModule });
    await seedDemoMines(api.app.get(EVENT_STORE), new Date().toISOString());
    for (const mineId of ['mine-demo-1', 'mine-demo-2'])
      api.app.get(PlantedInspectionTeams).plant({ inspectionId: `insp-${mineId}`, mineId, members: team });
    plant = planter(api);
    // LB-11 clean: amended while still a draft (mine-demo-2). Planted: signed, served, then amended (mine-demo-1).
    ids.draftAmended = await draft('mine-demo-2');
    await amend(ids.draftAmended);
    ids.served = await draft('mine-demo-1');
    await plant.post('inspector.zhang', `/documents/${ids.served}/signature`, signed);
    await plant.post(
      'inspector.zhang',
      `/documents/${ids.served}/service`,
      documentRequests.ServeDocument.body({} as never),
    );
    await mark('beforeAmendment');
    await amend(ids.served);
    // LB-12: three major hazards signed off; one gets no penalty, one a company-only fine, one 一案双罚 (clean).
    // (All on mine-demo-1: mine-demo-2 has no demo principal to determine a major hazard.)
    ids.noPenalty = await signedOff('mine-demo-1');
    ids.companyOnly = await signedOff('mine-demo-1');
    ids.bothFined = await signedOff('mine-demo-1');
    await mark('beforePenalties');
    ids.companyOnlyPenalty = await penalty('mine-demo-1', ids.companyOnly, false);
    ids.bothFinedPenalty = await penalty('mine-demo-1', ids.bothFined, true);
  }, 120_000);
  afterAll(() => api.close());

  const run = (id: string, query: Record<string, string> = {}) => lookback(api, id, query, plant.lastPosition());

  it('LB-11 finds the document amended after signing and service, not the one amended as a draft', async () => {
    const { rows } = await run(LB11);
    expect(rows.map((r) => [r.documentId, r.afterSigning, r.afterService, r.version])).toEqual([
      [ids.served, true, true, 2],
    ]);
    expect(rows[0]).toMatchObject({ mineId: 'mine-demo-1', by: { id: 'u-inspector-zhang' }, reason: '补充事实' });
    expect(rows[0].evidence.map((e) => e.type)).toEqual([
      'DocumentDrafted',
      'DocumentSigned',
      'DocumentServed',
      'DocumentAmended',
    ]);
    expect(await expectEvidenceVerifies(api, rows)).toBe(4);
  });

  it('LB-11 before the amendment answers nothing', async () =>
    expect((await run(LB11, { asOf: cuts.beforeAmendment })).rows).toEqual([]));

  it('LB-12 now: the sign-off with no penalty and the one with a company-only fine', async () => {
    const { rows } = await run(LB12);
    expect(rows.map((r) => [r.hazardId, r.issues, r.penaltyIds])).toEqual([
      [ids.noPenalty, ['no_penalty'], []],
      [ids.companyOnly, ['no_individual_target'], [ids.companyOnlyPenalty]],
    ]);
    expect(rows[0]).toMatchObject({ signedOffBy: { id: 'u-leader-zhao' } });
    expect(rows[1].evidence.map((e) => e.type)).toEqual(['HazardSignedOff', 'PenaltyDecided']);
    expect(await expectEvidenceVerifies(api, rows)).toBe(3);
  });

  it('LB-12 before the penalties: all three sign-offs had none', async () => {
    const { rows } = await run(LB12, { asOf: cuts.beforePenalties });
    expect(rows.map((r) => [r.hazardId, r.issues])).toEqual([
      [ids.noPenalty, ['no_penalty']],
      [ids.companyOnly, ['no_penalty']],
      [ids.bothFined, ['no_penalty']],
    ]);
  });
});
