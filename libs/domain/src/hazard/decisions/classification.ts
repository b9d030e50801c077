import { Actor } from '../../shared/actor';
import { DetermineGeneralHazard, DetermineMajorHazard } from '../hazard.commands';
import { JustificationRequired, NotAuthorisedForAction } from '../hazard.errors';
import { HazardEvent } from '../hazard.events';
import { Hazard, HazardFacts, KnownStatus } from '../hazard.state';
import { clauseOf, inStatus, isBlank, isRegulator, requireOwnSignature } from './guards';
import { MAJOR_OPEN } from './statuses';

/** A determination whose signature was revoked is made again, by someone entitled to determine (ADR revocation). */
const redeterminable = (state: Hazard): readonly KnownStatus[] =>
  state.status !== 'not_discovered' && state.revokedSteps.some((s) => s.eventType === 'MajorHazardDetermined')
    ? MAJOR_OPEN
    : ['discovered'];

export const determineMajor = (command: DetermineMajorHazard, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, redeterminable(state));
  const { actor, now, reference } = command.metadata;
  ensureMayGrade(actor, hazard);
  const clause = clauseOf(command.data.clauseId, reference.catalogue);
  const signature = requireOwnSignature(command.data.signature, actor, '重大隐患判定 / major-hazard determination');
  return [
    {
      type: 'MajorHazardDetermined',
      data: {
        hazardId: hazard.hazardId,
        clauseId: clause.id,
        basicCondition: clause.basicCondition,
        catalogueVersion: reference.catalogue.version,
        policyVersion: reference.policy.version,
        signature,
        determinedBy: actor.id,
        determinedAt: now,
      },
    },
  ];
};

/** Every catalogue clause is a major-hazard criterion, so citing one while grading 一般 must be justified (倒查 trigger 3). */
export const determineGeneral = (command: DetermineGeneralHazard, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, ['discovered']);
  const { actor, now, reference } = command.metadata;
  ensureMayGrade(actor, hazard);
  const clauseId = isBlank(command.data.clauseId) ? undefined : command.data.clauseId;
  const justification = isBlank(command.data.justification) ? undefined : command.data.justification;
  if (clauseId !== undefined) {
    clauseOf(clauseId, reference.catalogue);
    if (justification === undefined) throw new JustificationRequired(clauseId);
  }
  return [
    {
      type: 'GeneralHazardDetermined',
      data: {
        hazardId: hazard.hazardId,
        clauseId,
        justification,
        catalogueVersion: reference.catalogue.version,
        policyVersion: reference.policy.version,
        determinedBy: actor.id,
        determinedAt: now,
      },
    },
  ];
};

/** domain.md §8.2: the enterprise grades what it found itself; a regulator's finding is graded by the regulator. */
export const ensureMayGrade = (actor: Actor, hazard: HazardFacts): void => {
  if (hazard.source === 'inspection' && !isRegulator(actor)) {
    throw new NotAuthorisedForAction(actor.role, '判定监管部门检查发现的隐患 / grade a hazard a regulator found');
  }
};
