import { ClauseCatalogue } from '../shared/reference';
import { InspectionDetailsInvalid } from './inspection.errors';
import {
  ExaminedPerson,
  INSPECTION_KINDS,
  INSPECTION_RESULTS,
  InspectionPolicyRef,
  MediaRef,
  TeamMember,
} from './inspection.values';

const REGULATOR_ROLES = ['inspector', 'supervising_leader'];
const SM3_HEX = /^[0-9a-f]{64}$/;

export const isBlank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

const invalid = (field: string, zh: string, en: string) => new InspectionDetailsInvalid(field, zh, en);

export const requireText = (value: unknown, field: string): string => {
  if (isBlank(value)) throw invalid(field, '不能为空', 'must not be blank');
  return value as string;
};

export const validateKind = (kind: unknown): void => {
  if (!(INSPECTION_KINDS as readonly unknown[]).includes(kind))
    throw invalid('kind', `须为 ${INSPECTION_KINDS.join('、')} 之一`, `must be one of ${INSPECTION_KINDS.join(', ')}`);
};

export const validateResult = (result: unknown): void => {
  if (!(INSPECTION_RESULTS as readonly unknown[]).includes(result))
    throw invalid('result', '检查结论无效', `must be one of ${INSPECTION_RESULTS.join(', ')}`);
};

export const validateAreas = (areas: readonly string[]): void => {
  if (!Array.isArray(areas) || areas.length === 0) throw invalid('areas', '须列明检查区域', 'name the areas covered');
  areas.forEach((a, i) => requireText(a, `areas[${i}]`));
};

/** ≥ N regulators (行政执法两人以上), each with a 执法证号, exactly one 带队负责人, nobody twice. */
export const validateTeam = (team: readonly TeamMember[], policy: InspectionPolicyRef): void => {
  if (!Array.isArray(team) || team.length < policy.minTeamSize)
    throw invalid('team', `检查组至少 ${policy.minTeamSize} 人`, `at least ${policy.minTeamSize} members`);
  if (new Set(team.map((m) => m.userId)).size !== team.length)
    throw invalid('team', '成员重复', 'a member is listed twice');
  team.forEach((m, i) => {
    if (!REGULATOR_ROLES.includes(m.role))
      throw invalid(`team[${i}]`, '须为执法人员', 'must be a regulator (inspector or supervising leader)');
    if (isBlank(m.certificateNo)) throw invalid(`team[${i}].certificateNo`, '无执法证号', 'has no 执法证号 on file');
  });
  if (team.filter((m) => m.leader).length !== 1)
    throw invalid('team', '须有且仅有一名带队负责人', 'exactly one member must lead (带队负责人)');
};

export const validateClause = (catalogue: ClauseCatalogue, clauseId: string, field: string): void => {
  if (!catalogue.clauses.has(clauseId))
    throw invalid(
      field,
      `不在现行判定标准（${catalogue.version}）中`,
      `is not in the catalogue in force (${catalogue.version})`,
    );
};

export const validateMedia = (media: readonly MediaRef[]): void => {
  if (!Array.isArray(media) || media.length === 0) throw invalid('media', '须至少一项', 'at least one item');
  if (new Set(media.map((m) => m.mediaId)).size !== media.length)
    throw invalid('media', '编号重复', 'a media id is listed twice');
  media.forEach((m, i) => {
    requireText(m.mediaId, `media[${i}].mediaId`);
    if (m.alg !== 'sm3' || !SM3_HEX.test(m.hash))
      throw invalid(`media[${i}].hash`, '须为 SM3 十六进制摘要', 'must be an SM3 hex digest (64 lowercase hex)');
  });
};

export const validatePeople = (people: readonly ExaminedPerson[]): void => {
  if (!Array.isArray(people) || people.length === 0) throw invalid('people', '须至少一人', 'at least one person');
  people.forEach((p, i) => {
    requireText(p.name, `people[${i}].name`);
    requireText(p.position, `people[${i}].position`);
    if (!Number.isFinite(p.score) || p.score < 0 || p.score > 100)
      throw invalid(`people[${i}].score`, '须在 0–100 之间', 'must be between 0 and 100');
  });
};
