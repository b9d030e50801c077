import { Actor } from '../shared/actor';
import { CommandMetadata } from '../shared/command';
import { CitedDocument, NamedHazardFacts, ResumeMineProduction, SuspendMineProduction } from './mine.commands';
import { MineProductionResumed, MineProductionSuspended } from './mine.events';
import { MINE_ID, NOW, aSupervisingLeader, command } from './mine.fixtures';

/** Orders that bind: the documents and hazard facts the handler passes in, and the events they lead to. */
export const HAZARD_ID = 'hz-0001';
export const ORDER_NO = '长上应急停〔2024〕3号';
export const APPROVAL_NO = '长上应急复〔2024〕5号';

export const aSignature = (actor: Actor = aSupervisingLeader, meaning = '责令停产整顿签发 / suspension ordered') => ({
  signerId: actor.id,
  printedName: actor.name,
  role: actor.role,
  meaning,
  signedAt: NOW,
  contentHash: 'a'.repeat(64),
});

export const anOrderDocument = (data: Partial<CitedDocument> = {}): CitedDocument => ({
  documentId: 'doc-order-1',
  kind: 'suspension_order',
  docNo: ORDER_NO,
  mineId: MINE_ID,
  hazardIds: [HAZARD_ID],
  inForce: true,
  ...data,
});

export const anApprovalDocument = (data: Partial<CitedDocument> = {}): CitedDocument => ({
  documentId: 'doc-approval-1',
  kind: 'resumption_approval',
  docNo: APPROVAL_NO,
  mineId: MINE_ID,
  hazardIds: [HAZARD_ID],
  inForce: true,
  ...data,
});

export const hazardFacts = (data: Partial<NamedHazardFacts> = {}): NamedHazardFacts => ({
  hazardId: HAZARD_ID,
  mineId: MINE_ID,
  signedOff: false,
  ...data,
});

export const aSuspendMineProduction = (
  data: Partial<SuspendMineProduction['data']> = {},
  metadata?: Partial<CommandMetadata>,
) =>
  command<SuspendMineProduction>(
    'SuspendMineProduction',
    {
      mineId: MINE_ID,
      documentId: 'doc-order-1',
      order: anOrderDocument(),
      hazards: [hazardFacts()],
      scope: { extent: 'full' },
      reason: '存在重大事故隐患仍组织生产',
      signature: aSignature(metadata?.actor),
      ...data,
    },
    metadata,
  );

export const aResumeMineProduction = (
  data: Partial<ResumeMineProduction['data']> = {},
  metadata?: Partial<CommandMetadata>,
) =>
  command<ResumeMineProduction>(
    'ResumeMineProduction',
    {
      mineId: MINE_ID,
      documentId: 'doc-approval-1',
      approval: anApprovalDocument(),
      hazards: [hazardFacts({ signedOff: true, signOffDecisionNo: '长上应急销〔2024〕7号' })],
      signature: aSignature(metadata?.actor, '复产批准签发 / resumption approved'),
      ...data,
    },
    metadata,
  );

export const aMineProductionSuspended = (
  data: Partial<MineProductionSuspended['data']> = {},
): MineProductionSuspended => ({
  type: 'MineProductionSuspended',
  data: {
    mineId: MINE_ID,
    orderNo: ORDER_NO,
    orderDocumentId: 'doc-order-1',
    hazardIds: [HAZARD_ID],
    scope: { extent: 'full' },
    reason: '存在重大事故隐患仍组织生产',
    orderedBy: aSupervisingLeader.id,
    signature: aSignature(),
    suspendedAt: NOW,
    ...data,
  },
});

export const aMineProductionResumed = (data: Partial<MineProductionResumed['data']> = {}): MineProductionResumed => ({
  type: 'MineProductionResumed',
  data: {
    mineId: MINE_ID,
    approvalNo: APPROVAL_NO,
    approvalDocumentId: 'doc-approval-1',
    liftedOrderNo: ORDER_NO,
    signOffs: [{ hazardId: HAZARD_ID, decisionNo: '长上应急销〔2024〕7号' }],
    approvedBy: aSupervisingLeader.id,
    signature: aSignature(aSupervisingLeader, '复产批准签发 / resumption approved'),
    resumedAt: NOW,
    ...data,
  },
});
