import { Actor } from '../shared/actor';
import { enforcementPolicyInForce, penaltyMinimumOf } from '../reference/enforcement-policy';
import {
  DecidePenalty,
  PenaltyCommand,
  PenaltyTargetInput,
  RecordPenaltyEnforcement,
  RecordPenaltyPayment,
} from './penalty.commands';
import {
  PenaltyAlreadyDecided,
  PenaltyDetailsInvalid,
  PenaltyDocumentNotInForce,
  PenaltyNotFound,
  PenaltySignatureRequired,
  PenaltyTargetSettled,
} from './penalty.errors';
import {
  PenaltyActor,
  PenaltyDecided,
  PenaltyEnforcementRequested,
  PenaltyEvent,
  PenaltyPaymentRecorded,
  PenaltyTarget,
} from './penalty.events';
import { Penalty, TargetStanding } from './penalty.state';

const TARGET_KINDS = ['company', 'principal', 'responsible_person'];
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const blank = (s: unknown) => typeof s !== 'string' || s.trim() === '';
const actorOf = (a: Actor): PenaltyActor => ({ userId: a.id, name: a.name, role: a.role });
const cents = (yuan: number) => Math.round(yuan * 100);

const requireText = (field: string, value: unknown) => {
  if (blank(value)) throw new PenaltyDetailsInvalid(field, '必须填写', 'is required');
};

const requireAmount = (field: string, amount: number) => {
  if (!Number.isFinite(amount) || amount <= 0 || cents(amount) !== amount * 100)
    throw new PenaltyDetailsInvalid(field, '须为正数，最多两位小数', 'must be positive with at most two decimals');
};

const validateTarget = (t: PenaltyTargetInput, i: number) => {
  requireText(`targets[${i}].targetId`, t.targetId);
  requireText(`targets[${i}].name`, t.name);
  requireText(`targets[${i}].legalBasis`, t.legalBasis);
  if (!TARGET_KINDS.includes(t.kind))
    throw new PenaltyDetailsInvalid(
      `targets[${i}].kind`,
      '须为单位、主要负责人或其他责任人员',
      'must be company, principal or responsible_person',
    );
  requireAmount(`targets[${i}].amountYuan`, t.amountYuan);
};

// The decision carries out a 行政处罚决定书 of this mine that is in force, for hazards of this mine.
const checkCitations = (data: DecidePenalty['data']) => {
  if (data.document.kind !== 'penalty_decision')
    throw new PenaltyDetailsInvalid('documentId', '须为行政处罚决定书', 'must be a penalty decision (行政处罚决定书)');
  if (data.document.mineId !== data.mineId)
    throw new PenaltyDetailsInvalid('documentId', '文书不属于该矿山', 'the document is not of this mine');
  if (!data.document.inForce) throw new PenaltyDocumentNotInForce(data.document.documentId);
  const foreign = data.hazardIds.filter((id) => data.hazards.find((h) => h.hazardId === id)?.mineId !== data.mineId);
  if (foreign.length > 0)
    throw new PenaltyDetailsInvalid(
      'hazardIds',
      `隐患不存在或不属于该矿山：${foreign.join('、')}`,
      `hazards that do not exist or are of another mine: ${foreign.join(', ')}`,
    );
};

const decide = ({ data, metadata }: DecidePenalty, state: Penalty): PenaltyDecided => {
  if (state.status !== 'none') throw new PenaltyAlreadyDecided(state.penaltyId);
  checkCitations(data);
  if (data.targets.length === 0)
    throw new PenaltyDetailsInvalid('targets', '至少一个处罚对象', 'needs at least one target');
  data.targets.forEach(validateTarget);
  if (new Set(data.targets.map((t) => t.targetId)).size !== data.targets.length)
    throw new PenaltyDetailsInvalid('targets', 'targetId 不能重复', 'targetId must not repeat');
  const { signature } = data;
  if (!signature || signature.signerId !== metadata.actor.id) throw new PenaltySignatureRequired();
  const policy = enforcementPolicyInForce(metadata.now);
  const targets: PenaltyTarget[] = data.targets.map((t) => {
    const minimum = penaltyMinimumOf(policy, t.legalBasis, t.kind);
    return {
      ...t,
      minimumYuan: minimum?.minimumYuan ?? null,
      minimumUnconfirmed: minimum?.placeholder ?? false,
      belowMinimum: minimum !== undefined && t.amountYuan < minimum.minimumYuan,
    };
  });
  return {
    type: 'PenaltyDecided',
    data: {
      penaltyId: data.penaltyId,
      mineId: data.mineId,
      documentId: data.document.documentId,
      docNo: data.document.docNo,
      hazardIds: [...data.hazardIds],
      targets,
      noIndividualTarget: targets.some((t) => t.kind === 'company') && targets.every((t) => t.kind === 'company'),
      policyVersion: policy.version,
      decidedBy: actorOf(metadata.actor),
      decidedAt: metadata.now,
      signature,
    },
  };
};

const targetOf = (state: Penalty, command: RecordPenaltyPayment | RecordPenaltyEnforcement): TargetStanding => {
  if (state.status === 'none') throw new PenaltyNotFound(command.type);
  const target = state.targets.find((t) => t.targetId === command.data.targetId);
  if (!target) throw new PenaltyDetailsInvalid('targetId', '不是本决定的处罚对象', 'is not a target of this decision');
  return target;
};

const pay = (command: RecordPenaltyPayment, state: Penalty): PenaltyPaymentRecorded => {
  const target = targetOf(state, command);
  const { penaltyId, targetId, amountYuan, paidAt, receiptNo } = command.data;
  requireAmount('amountYuan', amountYuan);
  requireText('receiptNo', receiptNo);
  if (!ISO.test(paidAt) || Number.isNaN(Date.parse(paidAt)) || Date.parse(paidAt) > Date.parse(command.metadata.now))
    throw new PenaltyDetailsInvalid(
      'paidAt',
      '须为不晚于当前的 ISO 8601 时间',
      'must be an ISO 8601 time not in the future',
    );
  const paidTotal = cents(target.paidYuan) + cents(amountYuan);
  if (paidTotal > cents(target.amountYuan))
    throw new PenaltyTargetSettled(targetId, '缴纳金额超过罚款金额', 'the payment exceeds what is owed');
  return {
    type: 'PenaltyPaymentRecorded',
    data: {
      penaltyId,
      targetId,
      amountYuan,
      paidAt,
      receiptNo,
      paidTotalYuan: paidTotal / 100,
      fullyPaid: paidTotal === cents(target.amountYuan),
      recordedBy: actorOf(command.metadata.actor),
      recordedAt: command.metadata.now,
    },
  };
};

const enforce = (command: RecordPenaltyEnforcement, state: Penalty): PenaltyEnforcementRequested => {
  const target = targetOf(state, command);
  const { penaltyId, targetId, applicationNo, reason } = command.data;
  if (cents(target.paidYuan) >= cents(target.amountYuan))
    throw new PenaltyTargetSettled(targetId, '罚款已缴清，无需强制执行', 'paid in full: nothing to enforce');
  if (target.enforcementRequested)
    throw new PenaltyTargetSettled(targetId, '已申请强制执行', 'enforcement was already requested');
  requireText('applicationNo', applicationNo);
  requireText('reason', reason);
  const { actor, now } = command.metadata;
  return {
    type: 'PenaltyEnforcementRequested',
    data: { penaltyId, targetId, applicationNo, reason, requestedBy: actorOf(actor), requestedAt: now },
  };
};

export const decidePenalty = (command: PenaltyCommand, state: Penalty): PenaltyEvent[] => {
  switch (command.type) {
    case 'DecidePenalty':
      return [decide(command, state)];
    case 'RecordPenaltyPayment':
      return [pay(command, state)];
    case 'RecordPenaltyEnforcement':
      return [enforce(command, state)];
    default: {
      const unhandled: never = command;
      throw new Error(`Unknown penalty command ${JSON.stringify(unhandled)}`);
    }
  }
};
