import { ClauseCatalogue } from '../shared/reference';
import {
  LinkMonthlyCheckHazard,
  MonthlyCheckCommand,
  RecordMonthlyCheck,
  SignMonthlyCheck,
} from './monthly-check.commands';
import {
  HazardAlreadyLinked,
  HazardNotFromThisCheck,
  InvalidMonthlyCheckTransition,
  MonthlyCheckDetailsInvalid,
  MonthlyCheckNotRecorded,
  NotThePrincipal,
  ResultDoesNotMatchHazards,
} from './monthly-check.errors';
import { MonthlyCheckEvent } from './monthly-check.events';
import { MonthlyCheck } from './monthly-check.state';
import {
  MONTHLY_CHECK_RESULTS,
  isMonth,
  monthStart,
  monthlyCheckDeadline,
  monthlyCheckIdOf,
} from './monthly-check.values';

const invalid = (field: string, zh: string, en: string) => new MonthlyCheckDetailsInvalid(field, zh, en);
const isBlank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';
const requireText = (value: unknown, field: string): void => {
  if (isBlank(value)) throw invalid(field, '不能为空', 'must not be blank');
};
const requireList = (value: unknown, field: string): void => {
  if (!Array.isArray(value) || value.length === 0) throw invalid(field, '须至少一项', 'at least one item');
};

const validateClauses = (catalogue: ClauseCatalogue, clauses: readonly string[]): void => {
  requireList(clauses, 'clauses');
  if (new Set(clauses).size !== clauses.length) throw invalid('clauses', '条款重复', 'a clause is listed twice');
  clauses.forEach((id, i) => {
    if (!catalogue.clauses.has(id))
      throw invalid(`clauses[${i}]`, `${catalogue.version} 无此条款`, `not a clause of ${catalogue.version}`);
  });
};

const record = (command: RecordMonthlyCheck, state: MonthlyCheck): MonthlyCheckEvent => {
  if (state.status !== 'not_recorded') throw new InvalidMonthlyCheckTransition(state.status, command.type);
  const { checkId, mineId, month, occurredAt, leader, principalOnRecord, participants, areas, clauses, policy } =
    command.data;
  const { now, actor, reference } = command.metadata;
  requireText(mineId, 'mineId');
  if (!isMonth(month)) throw invalid('month', '须为 YYYY-MM', 'must be YYYY-MM');
  if (checkId !== monthlyCheckIdOf(mineId, month))
    throw invalid('checkId', '须为 <矿山>.<月份>', 'must be <mineId>.<month>: one check per mine and month');
  const performed = Date.parse(occurredAt);
  if (!(performed <= Date.parse(now))) throw invalid('occurredAt', '不能晚于现在', 'must not be in the future');
  if (performed < Date.parse(monthStart(month)))
    throw invalid('occurredAt', '不能早于所查月份', 'must not be before the month checked');
  requireText(leader?.name, 'leader.name');
  requireText(leader?.position, 'leader.position');
  requireList(participants, 'participants');
  participants.forEach((p, i) => {
    requireText(p?.name, `participants[${i}].name`);
    requireText(p?.position, `participants[${i}].position`);
  });
  requireList(areas, 'areas');
  areas.forEach((a, i) => requireText(a, `areas[${i}]`));
  validateClauses(reference.catalogue, clauses);
  const deadline = monthlyCheckDeadline(month, policy);
  return {
    type: 'MonthlyCheckRecorded',
    data: {
      ...{ checkId, mineId, month, performedAt: occurredAt, recordedAt: now },
      leader: { name: leader.name.trim(), position: leader.position.trim() },
      // 主要负责人牵头, not delegable: the named leader must be the principal on record, whoever enters the check.
      ledByPrincipal: !isBlank(principalOnRecord) && leader.name.trim() === principalOnRecord!.trim(),
      recordedBy: { id: actor.id, name: actor.name, role: actor.role },
      principalOnRecord: principalOnRecord ?? null,
      participants: participants.map(({ name, position }) => ({ name, position })),
      ...{ areas, clauses, catalogueVersion: reference.catalogue.version },
      ...{ deadline, late: performed > Date.parse(deadline), policyVersion: policy.version },
    },
  };
};

const open = (state: MonthlyCheck, command: MonthlyCheckCommand) => {
  if (state.status === 'not_recorded') throw new MonthlyCheckNotRecorded(command.type);
  if (command.data.checkId !== state.checkId)
    throw invalid('checkId', '与所加载的排查不符', 'does not match the loaded check');
  if (state.status !== 'open') throw new InvalidMonthlyCheckTransition(state.status, command.type);
  return state;
};

/** A hazard belongs to this check when it was discovered at this mine by the monthly check and points back at it. */
const link = (command: LinkMonthlyCheckHazard, state: MonthlyCheck): MonthlyCheckEvent => {
  const check = open(state, command);
  const { hazardId, hazard } = command.data;
  requireText(hazardId, 'hazardId');
  const refuse = (zh: string, en: string) => new HazardNotFromThisCheck(hazardId, { zh, en });
  if (!hazard) throw refuse('隐患不存在', 'no such hazard');
  if (hazard.mineId !== check.mineId) throw refuse('不是本矿的隐患', 'it is another mine’s');
  if (hazard.source !== 'monthly_check') throw refuse('来源不是月度排查', 'its source is not monthly_check');
  if (hazard.linkedRef?.kind !== 'monthly_investigation' || hazard.linkedRef.id !== check.checkId)
    throw refuse('未指向本次排查', 'its linkedRef does not name this check');
  if (check.hazardIds.includes(hazardId)) throw new HazardAlreadyLinked(hazardId);
  return {
    type: 'MonthlyCheckHazardLinked',
    data: { checkId: check.checkId, hazardId, linkedAt: command.metadata.now },
  };
};

const sign = (command: SignMonthlyCheck, state: MonthlyCheck): MonthlyCheckEvent => {
  const check = open(state, command);
  const { result, summary, signature } = command.data;
  const { actor, now } = command.metadata;
  if (actor.role !== 'enterprise_principal' || signature?.signerId !== actor.id)
    throw new NotThePrincipal(signature?.signerId ?? actor.id);
  if (!(MONTHLY_CHECK_RESULTS as readonly unknown[]).includes(result))
    throw invalid('result', '须为 hazards_found 或 none_found', 'must be hazards_found or none_found');
  requireText(summary, 'summary');
  const linked = check.hazardIds.length;
  if ((result === 'none_found') !== (linked === 0)) throw new ResultDoesNotMatchHazards(linked);
  return {
    type: 'MonthlyCheckSigned',
    data: { checkId: check.checkId, result, summary, hazardIds: [...check.hazardIds], signature, signedAt: now },
  };
};

export const decideMonthlyCheck = (command: MonthlyCheckCommand, state: MonthlyCheck): MonthlyCheckEvent[] => {
  switch (command.type) {
    case 'RecordMonthlyCheck':
      return [record(command, state)];
    case 'LinkMonthlyCheckHazard':
      return [link(command, state)];
    case 'SignMonthlyCheck':
      return [sign(command, state)];
    default: {
      const unhandled: never = command;
      throw new Error(`Unknown monthly check command ${JSON.stringify(unhandled)}`);
    }
  }
};
