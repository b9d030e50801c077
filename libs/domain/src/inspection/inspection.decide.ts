import {
  AttachInspectionMedia,
  ExamineClauses,
  InspectionCommand,
  RecordInspection,
  RecordInspectionFinding,
  RecordInspectionResult,
  RecordKnowledgeTest,
  SignInspectionResult,
} from './inspection.commands';
import {
  AlreadySignedInspection,
  ClauseAlreadyExamined,
  InspectionDetailsInvalid,
  InspectionNotRecorded,
  InspectionResultMissing,
  InvalidInspectionTransition,
  LateEntryReasonRequired,
  NotOnInspectionTeam,
} from './inspection.errors';
import { InspectionEvent, InspectionRecorded } from './inspection.events';
import { Inspection, RecordedInspection } from './inspection.state';
import {
  isBlank,
  requireText,
  validateAreas,
  validateClause,
  validateKind,
  validateMedia,
  validatePeople,
  validateResult,
  validateTeam,
} from './inspection.validation';

const HOUR = 3_600_000;

/** The record being changed; only its team may change it, and nothing changes once everyone has signed. */
const changeable = (state: Inspection, command: InspectionCommand): RecordedInspection & { status: 'in_progress' } => {
  if (state.status === 'not_recorded') throw new InspectionNotRecorded(command.type);
  if (command.data.inspectionId !== state.inspectionId)
    throw new InspectionDetailsInvalid('inspectionId', '与所加载的检查不符', 'does not match the loaded inspection');
  if (!state.team.some((m) => m.userId === command.metadata.actor.id))
    throw new NotOnInspectionTeam(command.metadata.actor.id, command.type);
  if (state.status !== 'in_progress') throw new InvalidInspectionTransition(state.status, command.type);
  return state;
};

const record = (command: RecordInspection, state: Inspection): InspectionRecorded => {
  if (state.status !== 'not_recorded') throw new InvalidInspectionTransition(state.status, command.type);
  const { inspectionId, mineId, kind, planItemId, areas, team, occurredAt, lateReason, policy } = command.data;
  const { now } = command.metadata;
  requireText(mineId, 'mineId');
  validateKind(kind);
  validateAreas(areas);
  validateTeam(team, policy);
  const delay = Date.parse(now) - Date.parse(occurredAt);
  if (!(delay >= 0)) throw new InspectionDetailsInvalid('occurredAt', '不能晚于现在', 'must not be in the future');
  const late = delay > policy.lateEntryAfterHours * HOUR;
  if (late && isBlank(lateReason)) throw new LateEntryReasonRequired(policy.lateEntryAfterHours, policy.version);
  return {
    type: 'InspectionRecorded',
    data: {
      ...{ inspectionId, mineId, kind, planItemId: planItemId ?? null, areas, team },
      ...{ startedAt: occurredAt, recordedAt: now, late, lateReason: late ? (lateReason as string) : null },
      policyVersion: policy.version,
    },
  };
};

const examine = (command: ExamineClauses, state: Inspection): InspectionEvent => {
  const inspection = changeable(state, command);
  const { catalogue } = command.metadata.reference;
  const { clauses } = command.data;
  if (!Array.isArray(clauses) || clauses.length === 0)
    throw new InspectionDetailsInvalid('clauses', '须至少一条', 'at least one clause');
  if (new Set(clauses.map((c) => c.clauseId)).size !== clauses.length)
    throw new InspectionDetailsInvalid('clauses', '条款重复', 'a clause is listed twice');
  clauses.forEach((c, i) => validateClause(catalogue, c.clauseId, `clauses[${i}].clauseId`));
  const repeated = clauses.find((c) => inspection.clauses[c.clauseId]);
  if (repeated) throw new ClauseAlreadyExamined(repeated.clauseId);
  return {
    type: 'ClausesExamined',
    data: {
      inspectionId: inspection.inspectionId,
      clauses: clauses.map(({ clauseId, note }) => ({ clauseId, note: note ?? '' })),
      catalogueVersion: catalogue.version,
      examinedAt: command.metadata.now,
      voidedSignatures: [...inspection.signedBy],
    },
  };
};

const finding = (command: RecordInspectionFinding, state: Inspection): InspectionEvent => {
  const inspection = changeable(state, command);
  const { catalogue } = command.metadata.reference;
  const { clauseId, hazardId } = command.data;
  validateClause(catalogue, clauseId, 'clauseId');
  requireText(hazardId, 'hazardId');
  if (inspection.clauses[clauseId]) throw new ClauseAlreadyExamined(clauseId);
  const { now } = command.metadata;
  const voidedSignatures = [...inspection.signedBy];
  return {
    type: 'InspectionFindingRecorded',
    data: {
      inspectionId: inspection.inspectionId,
      clauseId,
      hazardId,
      catalogueVersion: catalogue.version,
      recordedAt: now,
      voidedSignatures,
    },
  };
};

const media = (command: AttachInspectionMedia, state: Inspection): InspectionEvent => {
  const inspection = changeable(state, command);
  validateMedia(command.data.media);
  const items = command.data.media.map(({ mediaId, hash, pending }) => ({
    mediaId,
    hash,
    alg: 'sm3' as const,
    ...(pending === true ? { pending } : {}),
  }));
  return {
    type: 'InspectionMediaAttached',
    data: {
      inspectionId: inspection.inspectionId,
      media: items,
      attachedAt: command.metadata.now,
      voidedSignatures: [...inspection.signedBy],
    },
  };
};

const knowledgeTest = (command: RecordKnowledgeTest, state: Inspection): InspectionEvent => {
  const inspection = changeable(state, command);
  const { people } = command.data;
  validatePeople(people);
  const average = Math.round((people.reduce((sum, p) => sum + p.score, 0) / people.length) * 10) / 10;
  return {
    type: 'KnowledgeTestRecorded',
    data: {
      inspectionId: inspection.inspectionId,
      people: people.map(({ name, position, score }) => ({ name, position, score })),
      averageScore: average,
      recordedAt: command.metadata.now,
      voidedSignatures: [...inspection.signedBy],
    },
  };
};

const result = (command: RecordInspectionResult, state: Inspection): InspectionEvent => {
  const inspection = changeable(state, command);
  const { result: value, summary } = command.data;
  validateResult(value);
  requireText(summary, 'summary');
  return {
    type: 'InspectionResultRecorded',
    data: {
      inspectionId: inspection.inspectionId,
      result: value,
      summary,
      recordedAt: command.metadata.now,
      voidedSignatures: [...inspection.signedBy],
    },
  };
};

/** Each member signs with their own re-entered password; the last signature completes the inspection. */
const sign = (command: SignInspectionResult, state: Inspection): InspectionEvent[] => {
  const inspection = changeable(state, command);
  const { signature } = command.data;
  const { actor, now } = command.metadata;
  if (signature?.signerId !== actor.id) throw new NotOnInspectionTeam(signature?.signerId ?? '?', command.type);
  if (inspection.signedBy.includes(actor.id)) throw new AlreadySignedInspection(actor.id);
  if (!inspection.result) throw new InspectionResultMissing();
  const member = inspection.team.find((m) => m.userId === actor.id)!;
  const { inspectionId } = inspection;
  const signed: InspectionEvent = {
    type: 'InspectionResultSigned',
    data: { inspectionId, signerId: actor.id, leader: member.leader, result: inspection.result.result, signature },
  };
  const last = inspection.team.every((m) => m.userId === actor.id || inspection.signedBy.includes(m.userId));
  return last ? [signed, { type: 'InspectionCompleted', data: { inspectionId, completedAt: now } }] : [signed];
};

export const decideInspection = (command: InspectionCommand, state: Inspection): InspectionEvent[] => {
  switch (command.type) {
    case 'RecordInspection':
      return [record(command, state)];
    case 'ExamineClauses':
      return [examine(command, state)];
    case 'RecordInspectionFinding':
      return [finding(command, state)];
    case 'AttachInspectionMedia':
      return [media(command, state)];
    case 'RecordKnowledgeTest':
      return [knowledgeTest(command, state)];
    case 'RecordInspectionResult':
      return [result(command, state)];
    case 'SignInspectionResult':
      return sign(command, state);
    default: {
      const unhandled: never = command;
      throw new Error(`Unknown inspection command ${JSON.stringify(unhandled)}`);
    }
  }
};
