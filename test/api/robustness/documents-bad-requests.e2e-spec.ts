import { DocumentCommandType, PenaltyCommandType } from '@hazard-ledger/domain';
import { BadRequest, describeBadRequests, mutationsOf } from '../../support/bad-requests';
import { DocumentTargets, documentRequests } from '../../support/document-requests';
import { startDocumentsApp } from '../../support/documents-app';

type Command = DocumentCommandType | PenaltyCommandType;

/** Who may issue each command (so a case is refused for its content, not its sender). */
const USER_OF: Record<Command, string> = {
  DraftDocument: 'inspector.zhang',
  AmendDocument: 'inspector.zhang',
  ReviewDocumentLegally: 'inspector.li',
  SignDocument: 'inspector.zhang',
  ServeDocument: 'inspector.zhang',
  RevokeDocument: 'leader.wang',
  DecidePenalty: 'leader.wang',
  RecordPenaltyPayment: 'inspector.zhang',
  RecordPenaltyEnforcement: 'leader.wang',
};

const OPTIONAL: Partial<Record<Command, string[]>> = { DraftDocument: ['inspectionId'] };

/** Well-formed requests the decisions refuse: unknown records, wrong state, broken rules inside nested fields. */
const refusedByDecision = (t: DocumentTargets, draftDecisionId: string): BadRequest[] => {
  const draft = documentRequests.DraftDocument.body(t);
  const decide = documentRequests.DecidePenalty.body(t);
  const target = (decide.targets as Record<string, unknown>[])[0];
  const content = (c: unknown) => ({ ...draft, content: c });
  const targets = (x: Record<string, unknown>) => ({ ...decide, targets: [{ ...target, ...x }] });
  const cases: [string, string, string, unknown][] = [
    [
      'no such document',
      '/documents/00000000-0000-4000-8000-000000000000/amendments',
      'inspector.zhang',
      documentRequests.AmendDocument.body(t),
    ],
    [
      'no such penalty',
      '/penalties/00000000-0000-4000-8000-000000000000/payments',
      'inspector.zhang',
      documentRequests.RecordPenaltyPayment.body(t),
    ],
    ['unknown inspection', '/documents', 'inspector.zhang', { ...draft, inspectionId: 'insp-nope' }],
    [
      'inspection of another mine',
      '/documents',
      'inspector.zhang',
      { ...draft, mineId: 'mine-demo-2', inspectionId: t.inspectionId },
    ],
    ['unknown hazard', '/documents', 'inspector.zhang', { ...draft, hazardIds: ['hazard-nope'] }],
    [
      'on-site kind without inspection',
      '/documents',
      'inspector.zhang',
      { ...draft, kind: 'on_site_measures', inspectionId: undefined },
    ],
    ['unknown kind', '/documents', 'inspector.zhang', { ...draft, kind: 'memo' }],
    ['empty content', '/documents', 'inspector.zhang', content({})],
    ['blank content field', '/documents', 'inspector.zhang', content({ facts: '  ' })],
    ['bad content field name', '/documents', 'inspector.zhang', content({ '1facts': 'x' })],
    ['non-text content field', '/documents', 'inspector.zhang', content({ facts: 5 })],
    ['nested content field', '/documents', 'inspector.zhang', content({ facts: { a: 'b' } })],
    [
      '31 content fields',
      '/documents',
      'inspector.zhang',
      content(Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`f${i}`, 'x']))),
    ],
    [
      'amendment changing nothing',
      `/documents/${t.documentId}/amendments`,
      'inspector.zhang',
      { content: draft.content, reason: '无变化' },
    ],
    [
      'legal review of a kind that needs none',
      `/documents/${t.documentId}/legal-review`,
      'inspector.li',
      documentRequests.ReviewDocumentLegally.body(t),
    ],
    [
      'legal review by the drafter',
      `/documents/${draftDecisionId}/legal-review`,
      'inspector.zhang',
      documentRequests.ReviewDocumentLegally.body(t),
    ],
    ['sign before legal review', `/documents/${draftDecisionId}/signature`, 'leader.wang', { password: 'Demo-2024!' }],
    ['sign with a wrong password', `/documents/${t.documentId}/signature`, 'inspector.zhang', { password: 'wrong' }],
    ['sign off the team', `/documents/${t.documentId}/signature`, 'inspector.li', { password: 'Demo-2024!' }],
    [
      'serve before signing',
      `/documents/${t.documentId}/service`,
      'inspector.zhang',
      documentRequests.ServeDocument.body(t),
    ],
    [
      'unknown service method',
      `/documents/${t.documentId}/service`,
      'inspector.zhang',
      { ...documentRequests.ServeDocument.body(t), method: 'pigeon' },
    ],
    [
      'correction naming itself',
      `/documents/${t.documentId}/revocation`,
      'leader.wang',
      { reason: '更正', replacedBy: t.documentId },
    ],
    [
      'correction naming a document that does not exist',
      `/documents/${t.documentId}/revocation`,
      'leader.wang',
      { reason: '更正', replacedBy: 'doc-nope' },
    ],
    ['penalty on a document that does not exist', '/penalties', 'leader.wang', { ...decide, documentId: 'doc-nope' }],
    ['penalty on a rectification order', '/penalties', 'leader.wang', { ...decide, documentId: t.documentId }],
    ['penalty on a decision not in force', '/penalties', 'leader.wang', { ...decide, documentId: draftDecisionId }],
    ['penalty citing no such hazard', '/penalties', 'leader.wang', { ...decide, hazardIds: ['hz-nope'] }],
    ['penalty with a wrong password', '/penalties', 'leader.wang', { ...decide, password: 'wrong' }],
    ['penalty on another mine’s decision', '/penalties', 'leader.wang', { ...decide, mineId: 'mine-demo-2' }],
    ['no targets', '/penalties', 'leader.wang', { ...decide, targets: [] }],
    ['repeated target ids', '/penalties', 'leader.wang', { ...decide, targets: [target, target] }],
    ['unknown target kind', '/penalties', 'leader.wang', targets({ kind: 'nephew' })],
    ['zero amount', '/penalties', 'leader.wang', targets({ amountYuan: 0 })],
    ['negative amount', '/penalties', 'leader.wang', targets({ amountYuan: -100 })],
    ['amount with three decimals', '/penalties', 'leader.wang', targets({ amountYuan: 1.234 })],
    ['amount as text', '/penalties', 'leader.wang', targets({ amountYuan: '1000' })],
    ['blank legal basis', '/penalties', 'leader.wang', targets({ legalBasis: ' ' })],
    ['target without name', '/penalties', 'leader.wang', targets({ name: undefined })],
    [
      'payment to an unknown target',
      `/penalties/${t.penaltyId}/payments`,
      'inspector.zhang',
      { ...documentRequests.RecordPenaltyPayment.body(t), targetId: 't9' },
    ],
    [
      'overpayment',
      `/penalties/${t.penaltyId}/payments`,
      'inspector.zhang',
      { ...documentRequests.RecordPenaltyPayment.body(t), amountYuan: 150000.01 },
    ],
    [
      'enforcement for an unknown target',
      `/penalties/${t.penaltyId}/enforcement`,
      'leader.wang',
      { ...documentRequests.RecordPenaltyEnforcement.body(t), targetId: 't9' },
    ],
  ];
  return cases.map(([name, path, username, body]) => ({ name, path, username, body }));
};

describeBadRequests(
  'bad requests against the 执法文书 / 行政处罚 endpoints: 4xx problem+json, nothing written',
  'documents and penalties',
  async () => {
    const cases: BadRequest[] = [];
    const { api, targets } = await startDocumentsApp();
    const t = targets['mine-demo-1'];
    for (const command of Object.keys(documentRequests) as Command[]) {
      const request = documentRequests[command];
      cases.push(
        ...mutationsOf(command, request.path(t), USER_OF[command], request.body(t), {
          optional: OPTIONAL[command],
          blank: true,
        }),
      );
    }
    // A 行政处罚决定书 left in draft: the refusals of review and signing by the wrong person, and of a penalty on it.
    const draftDecisionId = (
      await api.http
        .post('/documents')
        .set('Authorization', await api.login('inspector.zhang'))
        .send({ ...documentRequests.DraftDocument.body(t), kind: 'penalty_decision', docNo: '(上)应急罚〔2024〕13号' })
        .expect(201)
    ).body.id as string;
    cases.push(...refusedByDecision(t, draftDecisionId));
    return { api, cases };
  },
);
