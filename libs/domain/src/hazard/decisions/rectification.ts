import {
  AssignRectification,
  CompleteRectification,
  ConductReinspection,
  RectifyOnSpot,
  VerifyRectification,
} from '../hazard.commands';
import { SeparationOfDutiesViolated } from '../hazard.errors';
import { HazardEvent } from '../hazard.events';
import { Hazard } from '../hazard.state';
import { inStatus, requireEvidence, requireField, requireFutureDeadline, requireOwnSignature } from './guards';

/** 立即整改 (domain.md §8.3): the after-photo and the rectifier's signature stand in for a separate verification. */
export const rectifyOnSpot = (command: RectifyOnSpot, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, ['general_determined']);
  const { actor, now } = command.metadata;
  const afterEvidence = requireEvidence(command.data.afterEvidence, '立即整改 / on-spot rectification');
  const rectifierSignature = requireOwnSignature(command.data.signature, actor, '立即整改 / on-spot rectification');
  return [
    {
      type: 'RectifiedOnSpot',
      data: { hazardId: hazard.hazardId, afterEvidence, rectifierSignature, rectifiedBy: actor.id, rectifiedAt: now },
    },
  ];
};

export const assignRectification = (command: AssignRectification, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, ['general_determined']);
  const { actor, now } = command.metadata;
  const { assignee } = command.data;
  requireField(assignee?.name, '整改责任人 / assignee');
  const deadline = requireFutureDeadline(command.data.deadline, now);
  return [
    {
      type: 'RectificationAssigned',
      data: { hazardId: hazard.hazardId, assignee, deadline, assignedBy: actor.id, assignedAt: now },
    },
  ];
};

export const completeRectification = (command: CompleteRectification, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, ['rectification_assigned']);
  const { actor, now } = command.metadata;
  const evidence = requireEvidence(command.data.evidence, '整改完成 / completing a rectification');
  return [
    {
      type: 'RectificationCompleted',
      data: { hazardId: hazard.hazardId, evidence, rectifiedBy: actor.id, completedAt: now },
    },
  ];
};

export const verifyRectification = (command: VerifyRectification, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, ['rectified']);
  const { actor, now } = command.metadata;
  if (hazard.general.rectifiedBy === actor.id) {
    throw new SeparationOfDutiesViolated(actor.id, '是整改人', 'did the rectification');
  }
  return [
    { type: 'RectificationVerified', data: { hazardId: hazard.hazardId, verifiedBy: actor.id, verifiedAt: now } },
  ];
};

/** 整改复查: a failed re-inspection sends the work back with a new deadline. */
export const reinspect = (command: ConductReinspection, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, ['verified', 'rectified_on_spot']);
  const { actor, now } = command.metadata;
  const { conclusion } = command.data;
  const findings = requireField(command.data.findings, '复查意见 / findings');
  const newDeadline =
    conclusion === 'failed' ? requireFutureDeadline(command.data.newDeadline, now) : command.data.newDeadline;
  return [
    {
      type: 'ReinspectionConducted',
      data: {
        hazardId: hazard.hazardId,
        conclusion,
        findings,
        newDeadline,
        reinspectedBy: actor.id,
        reinspectedAt: now,
      },
    },
  ];
};
