import { CloseHazard, MergeTarget } from '../hazard.commands';
import {
  ClosureGroundNotMet,
  ClosureGroundRequired,
  NotAuthorisedForAction,
  ReinspectionRequired,
  SuspensionStillInForce,
} from '../hazard.errors';
import { HazardEvent } from '../hazard.events';
import { Hazard, isMajor, KnownHazard } from '../hazard.state';
import { ClosureGround } from '../hazard.values';
import { ensureNoRevokedStep, inStatus, isRegulator, requireField, requireReason } from './guards';

export const close = (command: CloseHazard, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, ['signed_off', 'escalated', 'verified', 'rectified_on_spot', 'reinspected']);
  const { actor, now } = command.metadata;
  if (hazard.suspension) throw new SuspensionStillInForce(hazard.suspension.orderNo);
  ensureNoRevokedStep(hazard);
  if (isMajor(hazard)) ensureMayCloseMajor(command);
  else ensureMayCloseGeneral(command, hazard);
  if (hazard.status === 'escalated') return [closedWithoutSignOff(command, hazard)];
  const { reason } = command.data;
  return [{ type: 'HazardClosed', data: { hazardId: hazard.hazardId, reason, closedBy: actor.id, closedAt: now } }];
};

/**
 * A major hazard that never got its 销号 ends only on a recorded legal ground (ADR 20261207-closure-legal-grounds),
 * and the event says so, so every ledger and audit view can surface it.
 */
const closedWithoutSignOff = (command: CloseHazard, hazard: KnownHazard): HazardEvent => {
  const { actor, now } = command.metadata;
  const reason = requireReason(command.data.reason, '闭环 / closing');
  const legalGround = groundFor(command, hazard);
  const data = {
    hazardId: hazard.hazardId,
    reason,
    legalGround,
    withoutSignOff: true,
    closedBy: actor.id,
    closedAt: now,
  };
  return { type: 'HazardClosed', data };
};

const groundFor = (command: CloseHazard, hazard: KnownHazard): ClosureGround => {
  const ground = command.data.legalGround;
  switch (ground?.kind) {
    case 'mine_closed':
      // The handler states whether the mine is closed; the decision number alone proves nothing.
      if (command.data.mineClosed !== true)
        throw new ClosureGroundNotMet(ground.kind, '矿山未关闭', 'the mine is not closed');
      return { kind: ground.kind, decisionNo: requireField(ground.decisionNo, '关闭决定文号 / decisionNo') };
    case 'merged': {
      const intoHazardId = requireField(ground.intoHazardId, '并入的隐患 / intoHazardId');
      if (intoHazardId === hazard.hazardId)
        throw new ClosureGroundNotMet(ground.kind, '不能并入自身', 'not into itself');
      ensureMergeTarget(intoHazardId, command.data.mergeTarget, hazard.mineId);
      return { kind: ground.kind, intoHazardId };
    }
    case 'voided_by_leaders':
      // ADR 20261207-two-leader-void: the approver signs with their own login, never inside the closer's request.
      throw new ClosureGroundNotMet(
        ground.kind,
        '作废须由一名领导 POST /hazards/{id}/void、另一名领导以本人登录 POST /hazards/{id}/void-approval',
        'a void is requested by one leader (POST /hazards/{id}/void) and approved by another with their own login ' +
          '(POST /hazards/{id}/void-approval)',
      );
    default:
      throw new ClosureGroundRequired();
  }
};

/** The target is the handler's read of the store: it must exist, be at the same mine and still be open. */
const ensureMergeTarget = (intoHazardId: string, target: MergeTarget | undefined, mineId: string): void => {
  const fail = (zh: string, en: string) => new ClosureGroundNotMet('merged', zh, en);
  if (!target || target.hazardId !== intoHazardId) throw fail('并入的隐患不存在', 'the target hazard does not exist');
  if (target.mineId !== mineId) throw fail('并入的隐患属于其他矿山', 'the target hazard is at another mine');
  if (target.status === 'closed' || target.status === 'voided')
    throw fail('并入的隐患已闭环或作废', 'the target hazard is already closed or voided');
};

/** 由监管部门挂牌督办并审核把关销号 (notice 十二): a major hazard is closed by the regulator's leadership. */
const ensureMayCloseMajor = (command: CloseHazard): void => {
  const { role } = command.metadata.actor;
  if (role !== 'supervising_leader') throw new NotAuthorisedForAction(role, '闭环重大隐患 / close a major hazard');
};

/** A regulator's 责令限期整改 ends with the regulator's own 复查 (domain.md §8.3), whichever way it was fixed. */
const ensureMayCloseGeneral = (command: CloseHazard, hazard: KnownHazard): void => {
  if (hazard.source !== 'inspection') return;
  if (hazard.status !== 'reinspected') throw new ReinspectionRequired();
  const { actor } = command.metadata;
  if (!isRegulator(actor))
    throw new NotAuthorisedForAction(actor.role, '闭环监管部门责令整改的隐患 / close an ordered rectification');
};
