import { REGULATOR_ROLES, Role } from '../shared/actor';
import * as C from './tip.commands';
import * as E from './tip.errors';
import { TipEvent } from './tip.events';
import { Tip } from './tip.state';
import { byAssignee, existing, meta } from './tip.guards';
import { TIP_CATEGORIES, TIP_CHANNELS, TIP_FINDINGS, addDays } from './tip.values';
import { decideAfterFeedback, decideIdentity } from './tip.decide-later';
import { requireDigest, requireIds, requireOneOf, requirePast, requireText } from './tip.validation';

const receive = (command: C.ReceiveTip, state: Tip): TipEvent => {
  if (state.status !== 'not_received') throw new E.InvalidTipTransition(state.status, command.type);
  const { tipNo, channel, receivedAt, content, category, mineId, jurisdiction, reporter, policy } = command.data;
  const { now } = command.metadata;
  ['tipNo', 'content', 'jurisdiction'].forEach((f) => requireText(command.data[f as 'content'], f));
  requireOneOf(TIP_CHANNELS, channel, 'channel');
  requireOneOf(TIP_CATEGORIES, category, 'category');
  requirePast(receivedAt, now, 'receivedAt');
  if (mineId !== null) requireText(mineId, 'mineId');
  requireText(reporter?.vaultRef, 'reporter.vaultRef');
  if (reporter.kind === 'named') requireDigest(reporter.ciphertextSha256, 'reporter.ciphertextSha256');
  else if (reporter.kind !== 'anonymous' || reporter.ciphertextSha256 !== null)
    throw new E.TipDetailsInvalid('reporter', '须为实名或匿名', 'must be named or anonymous');
  if (reporter.internal && mineId === null)
    throw new E.TipDetailsInvalid('mineId', '内部举报须指明所在矿山', 'an internal tip names its mine');
  const acceptBy = addDays(receivedAt, policy.acceptWithinDays);
  const data = { tipNo, channel, receivedAt, recordedAt: now, content, category, mineId, jurisdiction, reporter };
  return { type: 'TipReceived', data: { ...meta(command), ...data, policy, acceptBy } };
};

const accept = (command: C.AcceptTip, state: Tip): TipEvent => {
  const tip = existing(state, command, ['received']);
  if (tip.reporter.internal && tip.reporter.kind === 'anonymous') throw new E.InternalReporterMustBeNamed();
  const { now } = command.metadata;
  const handleBy = addDays(now, tip.policy.handleWithinDays);
  return { type: 'TipAccepted', data: { ...meta(command), acceptedAt: now, handleBy } };
};

const refuse = (command: C.RefuseTip, state: Tip): TipEvent => {
  existing(state, command, ['received']);
  requireText(command.data.reason, 'reason');
  return {
    type: 'TipRefused',
    data: { ...meta(command), refusedAt: command.metadata.now, reason: command.data.reason },
  };
};

const assign = (command: C.AssignTip, state: Tip): TipEvent => {
  existing(state, command, ['accepted', 'assigned']);
  const { assignee } = command.data;
  requireText(assignee?.userId, 'assignee.userId');
  if (!REGULATOR_ROLES.includes(assignee.role as Role))
    throw new E.TipDetailsInvalid('assignee', '须为监管执法人员', 'must be a regulator');
  return { type: 'TipAssigned', data: { ...meta(command), assignedAt: command.metadata.now, assignee } };
};

const extend = (command: C.ExtendTipDeadline, state: Tip): TipEvent => {
  const tip = existing(state, command, ['accepted', 'assigned', 'verified']);
  const { days, reason } = command.data;
  const max = tip.policy.maxExtensionDays;
  if (tip.extended) throw new E.TipDetailsInvalid('days', '办理期限只能延长一次', 'the deadline is extended only once');
  if (!Number.isInteger(days) || days < 1 || days > max)
    throw new E.TipDetailsInvalid('days', `须为 1–${max} 天（${tip.policy.version}）`, `must be 1–${max} days`);
  requireText(reason, 'reason');
  const handleBy = addDays(tip.handleBy as string, days);
  return {
    type: 'TipDeadlineExtended',
    data: { ...meta(command), extendedAt: command.metadata.now, days, reason, handleBy },
  };
};

const verify = (command: C.VerifyTip, state: Tip): TipEvent => {
  const tip = existing(state, command, ['assigned']);
  byAssignee(tip, command);
  const { inspectionId, finding, summary } = command.data;
  requireText(inspectionId, 'inspectionId');
  requireOneOf(TIP_FINDINGS, finding, 'finding');
  requireText(summary, 'summary');
  const { now } = command.metadata;
  const feedbackBy = addDays(now, tip.policy.feedbackWithinDays);
  return {
    type: 'TipVerified',
    data: { ...meta(command), verifiedAt: now, inspectionId, finding, summary, feedbackBy },
  };
};

const handle = (command: C.HandleTip, state: Tip): TipEvent => {
  const tip = existing(state, command, ['verified']);
  byAssignee(tip, command);
  const { hazardIds, documentIds, penaltyIds, fineYuan, summary } = command.data;
  requireIds(hazardIds, 'hazardIds');
  requireIds(documentIds, 'documentIds');
  requireIds(penaltyIds, 'penaltyIds');
  if (!Number.isInteger(fineYuan) || fineYuan < 0)
    throw new E.TipDetailsInvalid('fineYuan', '须为非负整数（元）', 'must be a whole number of yuan ≥ 0');
  if (fineYuan > 0 && penaltyIds.length === 0)
    throw new E.TipDetailsInvalid('penaltyIds', '有罚款须关联处罚决定', 'a fine needs its penalty decision linked');
  requireText(summary, 'summary');
  const data = { handledAt: command.metadata.now, hazardIds, documentIds, penaltyIds, fineYuan, summary };
  return { type: 'TipHandled', data: { ...meta(command), ...data } };
};

const feedback = (command: C.SendTipFeedback, state: Tip): TipEvent => {
  const tip = existing(state, command, ['handled']);
  byAssignee(tip, command);
  const { conclusion, facts, decision, rewardEligible } = command.data;
  [
    ['conclusion', conclusion],
    ['facts', facts],
    ['decision', decision],
  ].forEach(([f, v]) => requireText(v, f));
  if (typeof rewardEligible !== 'boolean')
    throw new E.TipDetailsInvalid('rewardEligible', '须说明是否符合奖励条件', 'must say whether a reward applies');
  if (rewardEligible && tip.finding === 'false')
    throw new E.TipDetailsInvalid('rewardEligible', '不属实的举报不予奖励', 'a tip found false earns no reward');
  const { now } = command.metadata;
  const objectionUntil = addDays(now, tip.policy.objectionWithinDays);
  const data = { conclusion, facts, decision, rewardEligible, sentAt: now, objectionUntil };
  return { type: 'TipFeedbackSent', data: { ...meta(command), ...data } };
};

export const decideTip = (command: C.TipCommand, state: Tip): TipEvent[] => {
  switch (command.type) {
    case 'ReceiveTip':
      return [receive(command, state)];
    case 'AcceptTip':
      return [accept(command, state)];
    case 'RefuseTip':
      return [refuse(command, state)];
    case 'AssignTip':
      return [assign(command, state)];
    case 'ExtendTipDeadline':
      return [extend(command, state)];
    case 'VerifyTip':
      return [verify(command, state)];
    case 'HandleTip':
      return [handle(command, state)];
    case 'SendTipFeedback':
      return [feedback(command, state)];
    case 'RevealTipIdentity':
    case 'ShredTipIdentity':
      return [decideIdentity(command, state)];
    default:
      return [decideAfterFeedback(command, state)];
  }
};
