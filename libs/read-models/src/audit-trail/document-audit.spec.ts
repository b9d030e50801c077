import { DocumentEvent, EventData, RecordedEvent } from '@hazard-ledger/domain';
import { aNewEvent } from '@hazard-ledger/testing';
import { AuditEntry, StreamFold, auditEntry } from './audit-entry';

const STREAM = 'document-d1';
const by = { userId: 'u-inspector-zhang', name: '张明', role: 'inspector' };

const recorded = (revision: number, event: DocumentEvent): RecordedEvent => {
  const base = aNewEvent({ type: event.type, data: event.data as unknown as EventData });
  return {
    ...base,
    metadata: { ...base.metadata, reason: undefined },
    streamId: STREAM,
    revision: BigInt(revision),
    position: BigInt(200 + revision),
    logPosition: { commit: BigInt(1200 + revision), prepare: BigInt(200 + revision) },
    recordedAt: `2024-05-10T09:00:0${revision}.000000Z`,
    integrity: { alg: 'sm3', prevHash: '0', hash: '1' },
  };
};

const history: DocumentEvent[] = [
  {
    type: 'DocumentDrafted',
    data: {
      documentId: 'd1',
      kind: 'suspension_order',
      docNo: '(上)应急停〔2024〕3号',
      mineId: 'mine-demo-1',
      inspectionId: 'i1',
      inspectionTeam: ['u-inspector-zhang'],
      hazardIds: [],
      content: { facts: '仅有一个安全出口' },
      legalReviewRequired: false,
      policyVersion: 'enforcement@2024.1',
      version: 1,
      draftedBy: by,
      draftedAt: '2024-05-10T09:00:00Z',
    },
  },
  { type: 'DocumentSigned', data: { documentId: 'd1', version: 1, signedAs: 'team_member', signature: {} as never } },
  {
    type: 'DocumentServed',
    data: {
      documentId: 'd1',
      version: 1,
      method: 'in_person',
      recipient: '王建国',
      servedAt: '2024-05-10T09:00:02Z',
      servedBy: by,
      recordedAt: '2024-05-10T09:00:02Z',
    },
  },
];

const amended: DocumentEvent = {
  type: 'DocumentAmended',
  data: {
    documentId: 'd1',
    version: 2,
    diff: [{ field: 'facts', before: '仅有一个安全出口', after: '仅有一个安全出口（另一出口坍塌）' }],
    content: { facts: '仅有一个安全出口（另一出口坍塌）' },
    reason: '补充现场核实情况',
    afterSigning: true,
    afterService: true,
    amendedBy: by,
    amendedAt: '2024-05-10T09:00:03Z',
  },
};

describe('audit trail of a 执法文书 stream (修改留痕)', () => {
  it('given a served document, when it is amended, then the entry shows the changed field, the status back to draft, version and reason', () => {
    const fold = history
      .map((e, i) => recorded(i, e))
      .reduce<StreamFold | undefined>((f, e) => auditEntry(f, e).stateAfter, undefined);
    const { entry } = auditEntry(fold, recorded(3, amended));
    expect(entry).toEqual(
      expect.objectContaining<Partial<AuditEntry>>({
        entityType: 'document',
        entityId: 'd1',
        reason: '补充现场核实情况',
        changes: [
          { path: 'content.facts', before: '仅有一个安全出口', after: '仅有一个安全出口（另一出口坍塌）' },
          // The amended version is unsigned: the document is a draft again until re-reviewed and re-signed.
          { path: 'status', before: 'served', after: 'drafted' },
          { path: 'version', before: 1, after: 2 },
        ],
      }),
    );
  });
});
