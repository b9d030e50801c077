import { ChangeHazardGrade } from '../hazard.commands';
import {
  DowngradeAuthorityRequired,
  FieldRequired,
  GradeUnchanged,
  NotAuthorisedForGradeChange,
} from '../hazard.errors';
import { HazardEvent } from '../hazard.events';
import { Hazard, isMajor, KnownHazard } from '../hazard.state';
import { Grade } from '../hazard.values';
import { clauseOf, inStatus, requireEvidence, requireField, requireOwnSignature, requireReason } from './guards';
import { ensureMayGrade } from './classification';
import { GENERAL_STATUSES, MAJOR_GRADABLE } from './statuses';

/**
 * domain.md §8.4: those who may determine may upgrade, signed as a determination; only a higher authority
 * downgrades, with technical grounds.
 */
export const changeGrade = (command: ChangeHazardGrade, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, [...MAJOR_GRADABLE, ...GENERAL_STATUSES]);
  const { actor, now, reference } = command.metadata;
  const { to, reason } = command.data;
  const from: Grade = isMajor(hazard) ? 'major' : 'general';
  if (to === from) throw new GradeUnchanged(from);
  requireReason(reason, '调整隐患等级 / changing the grade');
  const clause = to === 'major' ? clauseOf(requireClauseId(command.data.clauseId), reference.catalogue) : undefined;
  return [
    {
      type: 'HazardGradeChanged',
      data: {
        hazardId: hazard.hazardId,
        from,
        to,
        reason,
        clauseId: clause?.id,
        basicCondition: clause?.basicCondition,
        ...(to === 'general' ? downgradeGrounds(command, hazard) : upgradeSignature(command, hazard)),
        catalogueVersion: reference.catalogue.version,
        policyVersion: reference.policy.version,
        changedBy: actor.id,
        changedAt: now,
      },
    },
  ];
};

/**
 * 重大→一般 (ADR 20261207-downgrade-authority): a leader who is not the determiner — for an enterprise's or an
 * inspector's determination any leader, for a leader's own a second leader — with technical grounds, evidence and
 * a signature.
 */
const downgradeGrounds = (command: ChangeHazardGrade, hazard: KnownHazard) => {
  const { actor } = command.metadata;
  if (actor.role !== 'supervising_leader') throw new NotAuthorisedForGradeChange(actor.role);
  if (isMajor(hazard) && hazard.major.determinedBy === actor.id) throw new DowngradeAuthorityRequired(actor.id);
  const action = '重大隐患降级 / downgrading a major hazard';
  return {
    technicalGrounds: requireField(command.data.technicalGrounds, '技术依据 / technicalGrounds'),
    evidence: requireEvidence(command.data.evidence, action),
    signature: requireOwnSignature(command.data.signature, actor, action),
  };
};

/** 一般→重大 is a major-hazard determination (domain.md §8.2 row 1): the same who-may rule and signature. */
const upgradeSignature = (command: ChangeHazardGrade, hazard: KnownHazard) => {
  const { actor } = command.metadata;
  ensureMayGrade(actor, hazard);
  return { signature: requireOwnSignature(command.data.signature, actor, '重大隐患判定 / major-hazard determination') };
};

const requireClauseId = (clauseId: string | undefined): string => {
  if (!clauseId) throw new FieldRequired('判定依据条款 / clauseId');
  return clauseId;
};
