import { ChangeHazardGrade } from '../hazard.commands';
import { FieldRequired, GradeUnchanged, NotAuthorisedForGradeChange } from '../hazard.errors';
import { HazardEvent } from '../hazard.events';
import { Hazard, isMajor } from '../hazard.state';
import { Grade } from '../hazard.values';
import { clauseOf, inStatus, requireReason } from './guards';
import { GENERAL_STATUSES, MAJOR_GRADABLE } from './statuses';

/** domain.md §8.4: anyone who may grade may upgrade; only a higher authority downgrades, with technical grounds. */
export const changeGrade = (command: ChangeHazardGrade, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, [...MAJOR_GRADABLE, ...GENERAL_STATUSES]);
  const { actor, now, reference } = command.metadata;
  const { to, reason } = command.data;
  const from: Grade = isMajor(hazard) ? 'major' : 'general';
  if (to === from) throw new GradeUnchanged(from);
  if (to === 'general' && actor.role !== 'supervising_leader') throw new NotAuthorisedForGradeChange(actor.role);
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
        catalogueVersion: reference.catalogue.version,
        policyVersion: reference.policy.version,
        changedBy: actor.id,
        changedAt: now,
      },
    },
  ];
};

const requireClauseId = (clauseId: string | undefined): string => {
  if (!clauseId) throw new FieldRequired('判定依据条款 / clauseId');
  return clauseId;
};
