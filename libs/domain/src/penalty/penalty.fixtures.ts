import { Actor } from '../shared/actor';
import { ESignature } from '../shared/signature';
import { DecidePenalty, PenaltyTargetInput, RecordPenaltyEnforcement, RecordPenaltyPayment } from './penalty.commands';
import { PenaltyDecided, PenaltyTarget } from './penalty.events';

export const PENALTY_ID = 'pen-0001';
export const MINE_ID = 'mine-demo-1';
export const NOW = '2024-06-01T02:00:00.000Z';
export const leader: Actor = {
  id: 'leader-1',
  name: '李局长',
  role: 'supervising_leader',
  org: '长治市上党区应急管理局',
  jurisdictions: ['140404'],
};
const by = { userId: leader.id, name: leader.name, role: leader.role };

export const aSignature = (signer: Actor = leader): ESignature => ({
  signerId: signer.id,
  printedName: signer.name,
  role: signer.role,
  meaning: '行政处罚决定签署 / penalty decided',
  signedAt: NOW,
  contentHash: 'b'.repeat(64),
});
const metadata = { now: NOW, actor: leader };

export const BASIS = '安全生产法第一百零一条';
export const company: PenaltyTargetInput = {
  targetId: 't1',
  kind: 'company',
  name: '上党区某铁矿有限公司',
  amountYuan: 150000,
  legalBasis: BASIS,
};
export const principal: PenaltyTargetInput = {
  targetId: 't2',
  kind: 'principal',
  name: '王建国',
  amountYuan: 30000,
  legalBasis: BASIS,
};

export const aDecidePenalty = (targets: PenaltyTargetInput[] = [company, principal]): DecidePenalty => ({
  type: 'DecidePenalty',
  data: {
    penaltyId: PENALTY_ID,
    mineId: MINE_ID,
    document: {
      documentId: 'doc-9',
      kind: 'penalty_decision',
      docNo: '(上)应急罚〔2024〕7号',
      mineId: MINE_ID,
      inForce: true,
    },
    hazardIds: ['hz-1'],
    hazards: [{ hazardId: 'hz-1', mineId: MINE_ID }],
    targets,
    signature: aSignature(),
  },
  metadata,
});

const minimumOf = (t: PenaltyTargetInput) => (t.kind === 'company' ? 100000 : 20000);

export const judged = (t: PenaltyTargetInput): PenaltyTarget => ({
  ...t,
  minimumYuan: minimumOf(t),
  minimumUnconfirmed: true,
  belowMinimum: t.amountYuan < minimumOf(t),
});

export const aPenaltyDecided = (
  targets: PenaltyTargetInput[] = [company, principal],
  noIndividualTarget = false,
): PenaltyDecided => ({
  type: 'PenaltyDecided',
  data: {
    penaltyId: PENALTY_ID,
    mineId: MINE_ID,
    documentId: 'doc-9',
    docNo: '(上)应急罚〔2024〕7号',
    hazardIds: ['hz-1'],
    targets: targets.map(judged),
    noIndividualTarget,
    policyVersion: 'enforcement@2024.1',
    decidedBy: by,
    decidedAt: NOW,
    signature: aSignature(),
  },
});

export const aPayment = (amountYuan: number, targetId = 't2'): RecordPenaltyPayment => ({
  type: 'RecordPenaltyPayment',
  data: { penaltyId: PENALTY_ID, targetId, amountYuan, paidAt: NOW, receiptNo: 'R-1' },
  metadata,
});

export const anEnforcement = (targetId = 't2'): RecordPenaltyEnforcement => ({
  type: 'RecordPenaltyEnforcement',
  data: { penaltyId: PENALTY_ID, targetId, applicationNo: '(2024)晋0404执申1号', reason: '逾期未缴纳' },
  metadata,
});

export const recordedBy = by;
