import {
  EvaluateRemediation,
  GrantExtension,
  RecordRemediationProgress,
  RefuseExtension,
  RequestExtension,
} from '../hazard.commands';
import { ExtensionAlreadyPending, InvalidDeadline, NoPendingExtension } from '../hazard.errors';
import { HazardEvent } from '../hazard.events';
import { Hazard, MajorStatus } from '../hazard.state';
import { inStatus, isAfter, requireField, requireOwnSignature, requireReason } from './guards';

const WORKING: readonly MajorStatus[] = ['in_remediation', 'evaluated'];

/** Work resumes after a failed or stale evaluation, or after escalation; either way a new evaluation is due. */
export const recordProgress = (command: RecordRemediationProgress, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, [...WORKING, 'escalated']);
  const { actor, now } = command.metadata;
  const note = requireField(command.data.note, '进展说明 / note');
  return [
    {
      type: 'RemediationProgressRecorded',
      data: {
        hazardId: hazard.hazardId,
        note,
        evidence: command.data.evidence ?? [],
        reportedBy: actor.id,
        reportedAt: now,
      },
    },
  ];
};

export const requestExtension = (command: RequestExtension, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, WORKING);
  const { actor, now } = command.metadata;
  if (hazard.major.pendingExtension !== undefined) throw new ExtensionAlreadyPending();
  const reason = requireReason(command.data.reason, '申请延期 / requesting an extension');
  const currentDeadline = hazard.major.deadline ?? now;
  const newDeadline = laterThan(command.data.newDeadline, currentDeadline);
  return [
    {
      type: 'ExtensionRequested',
      data: {
        hazardId: hazard.hazardId,
        currentDeadline,
        newDeadline,
        reason,
        requestedBy: actor.id,
        requestedAt: now,
      },
    },
  ];
};

export const grantExtension = (command: GrantExtension, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, WORKING);
  const { actor, now } = command.metadata;
  if (hazard.major.pendingExtension === undefined) throw new NoPendingExtension();
  const reason = requireReason(command.data.reason, '批准延期 / granting an extension');
  const previousDeadline = hazard.major.deadline ?? now;
  const newDeadline = laterThan(command.data.newDeadline, previousDeadline);
  const signature = requireOwnSignature(command.data.signature, actor, '批准延期 / granting an extension');
  return [
    {
      type: 'ExtensionGranted',
      data: {
        hazardId: hazard.hazardId,
        previousDeadline,
        newDeadline,
        reason,
        signature,
        grantedBy: actor.id,
        grantedAt: now,
      },
    },
  ];
};

export const refuseExtension = (command: RefuseExtension, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, WORKING);
  const { actor, now } = command.metadata;
  if (hazard.major.pendingExtension === undefined) throw new NoPendingExtension();
  const reason = requireReason(command.data.reason, '不予延期 / refusing an extension');
  return [
    { type: 'ExtensionRefused', data: { hazardId: hazard.hazardId, reason, refusedBy: actor.id, refusedAt: now } },
  ];
};

/** 16号令 Art. 18: the enterprise's experts or a qualified 安全评价机构 evaluate; the report is filed by its hash. */
export const evaluate = (command: EvaluateRemediation, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, ['in_remediation']);
  const { actor, now } = command.metadata;
  const { evaluator, conclusion } = command.data;
  return [
    {
      type: 'RemediationEvaluated',
      data: {
        hazardId: hazard.hazardId,
        evaluator: {
          name: requireField(evaluator?.name, '评估人 / evaluator.name'),
          qualification: requireField(evaluator?.qualification, '评估资质 / evaluator.qualification'),
        },
        reportHash: requireField(command.data.reportHash, '评估报告 / reportHash'),
        conclusion,
        recordedBy: actor.id,
        evaluatedAt: now,
      },
    },
  ];
};

const laterThan = (deadline: string, current: string): string => {
  if (!isAfter(deadline, current)) throw new InvalidDeadline(deadline, `晚于现期限 ${current}`, `after ${current}`);
  return deadline;
};
