import * as C from './tip.commands';
import * as E from './tip.errors';
import { TipEvent } from './tip.events';
import { existing, meta } from './tip.guards';
import { Tip } from './tip.state';
import {
  ACCOUNTABLE_PARTIES,
  LATER_EVIDENCE_KINDS,
  REWARD_LEVELS,
  SHRED_GROUNDS,
  TIP_FINDINGS,
  addDays,
  rewardAmount,
} from './tip.values';
import { requireOneOf, requirePast, requireText } from './tip.validation';
import { isNextLevelUp } from '../shared/jurisdiction';

type Later = Exclude<C.TipCommand, { type: `${'Receive' | 'Accept' | 'Refuse' | 'Assign' | 'Verify' | 'Handle'}Tip` }>;

const CLOSED = ['feedback_sent', 're_reviewed'] as const;

/** 异议 within the window the feedback stated (the policy in force at receipt). */
const object = (command: C.RecordTipObjection, state: Tip): TipEvent => {
  const tip = existing(state, command, ['feedback_sent']);
  const { objection, receivedAt } = command.data;
  const { now } = command.metadata;
  requireText(objection, 'objection');
  requirePast(receivedAt, now, 'receivedAt');
  const until = tip.feedback!.objectionUntil;
  if (Date.parse(receivedAt) > Date.parse(until)) throw new E.ObjectionOutOfTime(until, tip.policy.version);
  if (Date.parse(receivedAt) < Date.parse(tip.feedback!.sentAt))
    throw new E.TipDetailsInvalid('receivedAt', '早于反馈时间', 'is before the feedback was sent');
  const reReviewBy = addDays(receivedAt, tip.policy.reReviewWithinDays);
  return {
    type: 'TipObjectionRecorded',
    data: { ...meta(command), receivedAt, recordedAt: now, objection, reReviewBy },
  };
};

const reReview = (command: C.ReReviewTip, state: Tip): TipEvent => {
  const tip = existing(state, command, ['objected']);
  const { actor, now } = command.metadata;
  if (!isNextLevelUp(actor.jurisdictions, tip.jurisdiction))
    throw new E.ReReviewNotNextLevelUp(actor.id, tip.jurisdiction);
  if (tip.participants.includes(actor.id)) throw new E.ReReviewerTookPart(actor.id);
  const { outcome, finding, summary } = command.data;
  requireOneOf(['upheld', 'revised'], outcome, 'outcome');
  requireOneOf(TIP_FINDINGS, finding, 'finding');
  requireText(summary, 'summary');
  if (outcome === 'upheld' && finding !== tip.finding)
    throw new E.TipDetailsInvalid('finding', '维持原结论时结论须不变', 'an upheld conclusion keeps its finding');
  if (outcome === 'revised' && finding === tip.finding)
    throw new E.TipDetailsInvalid('finding', '改变结论须给出不同结论', 'a revision changes the finding');
  return { type: 'TipReReviewed', data: { ...meta(command), reviewedAt: now, outcome, finding, summary } };
};

const decideReward = (command: C.DecideTipReward, state: Tip): TipEvent => {
  const tip = existing(state, command, CLOSED);
  const { level } = command.data;
  requireOneOf(REWARD_LEVELS, level, 'level');
  if (tip.reward) throw new E.TipRewardAlready('decided');
  if (tip.finding === 'false') throw new E.TipNotRewardable({ zh: '核查不属实', en: 'the tip was found false' });
  if (!tip.feedback?.rewardEligible && tip.reReviewOutcome !== 'revised')
    throw new E.TipNotRewardable({ zh: '反馈时认定不符合', en: 'the feedback said no reward applies' });
  const rate = tip.policy.rewardRate[level];
  const amountYuan = rewardAmount(tip.policy, level, tip.fineYuan);
  const { now } = command.metadata;
  const payBy = addDays(now, tip.policy.rewardPayWithinDays);
  const data = { decidedAt: now, level, fineYuan: tip.fineYuan, rate, amountYuan, payBy };
  return { type: 'TipRewardDecided', data: { ...meta(command), ...data, policyVersion: tip.policy.version } };
};

const payReward = (command: C.PayTipReward, state: Tip): TipEvent => {
  const tip = existing(state, command, CLOSED);
  const { voucherNo, claimCodeVerified } = command.data;
  requireText(voucherNo, 'voucherNo');
  if (!tip.reward) throw new E.TipRewardNotDecided();
  if (tip.reward.paid) throw new E.TipRewardAlready('paid');
  if (tip.reporter.kind === 'anonymous' && claimCodeVerified !== true) throw new E.ClaimCodeRequired();
  const data = { paidAt: command.metadata.now, amountYuan: tip.reward.amountYuan, voucherNo, claimCodeVerified };
  return { type: 'TipRewardPaid', data: { ...meta(command), ...data, claimCodeVerified: claimCodeVerified === true } };
};

const accountability = (command: C.OpenTipAccountability, state: Tip): TipEvent => {
  const tip = existing(state, command, ['verified', 'handled', ...CLOSED]);
  const { caseNo, against, summary } = command.data;
  requireText(caseNo, 'caseNo');
  requireOneOf(ACCOUNTABLE_PARTIES, against, 'against');
  requireText(summary, 'summary');
  if (tip.finding === 'false' && !tip.provenTrueLater)
    throw new E.TipDetailsInvalid('caseNo', '举报不属实，无从追责', 'the tip was found false: nobody hid anything');
  if (tip.accountabilityCases.includes(caseNo))
    throw new E.TipDetailsInvalid('caseNo', '该追责案件已关联', 'this case is already linked');
  return {
    type: 'TipAccountabilityOpened',
    data: { ...meta(command), openedAt: command.metadata.now, caseNo, against, summary },
  };
};

/** A tip closed 不属实 that a later inspection, accident or hazard proves true. */
const laterEvidence = (command: C.LinkTipLaterEvidence, state: Tip): TipEvent => {
  const tip = existing(state, command, ['verified', 'handled', ...CLOSED, 'objected']);
  const { evidence, summary } = command.data;
  requireOneOf(LATER_EVIDENCE_KINDS, evidence?.kind, 'evidence.kind');
  requireText(evidence.id, 'evidence.id');
  requireText(summary, 'summary');
  if (tip.finding !== 'false')
    throw new E.TipDetailsInvalid(
      'evidence',
      '仅不属实结论可被推翻',
      'only a tip found false can be proved true later',
    );
  return {
    type: 'TipLaterEvidenceLinked',
    data: { ...meta(command), linkedAt: command.metadata.now, evidence, summary },
  };
};

export const decideIdentity = (command: C.RevealTipIdentity | C.ShredTipIdentity, state: Tip): TipEvent => {
  const tip = existing(state, command, [
    'received',
    'refused',
    'accepted',
    'assigned',
    'verified',
    'handled',
    'feedback_sent',
    'objected',
    're_reviewed',
  ]);
  const { now } = command.metadata;
  requireText(command.data.reason, 'reason');
  if (tip.identityShredded) throw new E.TipIdentityDestroyed();
  if (tip.reporter.kind === 'anonymous') throw new E.NoTipIdentityHeld();
  const { vaultRef } = tip.reporter;
  if (command.type === 'RevealTipIdentity')
    return {
      type: 'TipIdentityRevealed',
      data: { ...meta(command), revealedAt: now, vaultRef, reason: command.data.reason },
    };
  const { ground, reason } = command.data;
  requireOneOf(SHRED_GROUNDS, ground, 'ground');
  const until = addDays(tip.receivedAt, tip.policy.identityRetentionYears * 365);
  if (ground === 'retention_ended' && Date.parse(now) < Date.parse(until))
    throw new E.TipRetentionNotEnded(until, tip.policy.version);
  return { type: 'TipIdentityShredded', data: { ...meta(command), shreddedAt: now, vaultRef, ground, reason } };
};

export const decideAfterFeedback = (command: Later, state: Tip): TipEvent => {
  switch (command.type) {
    case 'RecordTipObjection':
      return object(command, state);
    case 'ReReviewTip':
      return reReview(command, state);
    case 'DecideTipReward':
      return decideReward(command, state);
    case 'PayTipReward':
      return payReward(command, state);
    case 'OpenTipAccountability':
      return accountability(command, state);
    case 'LinkTipLaterEvidence':
      return laterEvidence(command, state);
    case 'ExtendTipDeadline':
    case 'SendTipFeedback':
    case 'RevealTipIdentity':
    case 'ShredTipIdentity':
    default:
      throw new Error(`Unhandled tip command ${command.type}`);
  }
};
