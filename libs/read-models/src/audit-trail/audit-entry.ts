import {
  DocumentEvent,
  EnforcementDocument,
  EnforcementPlan,
  EnforcementPlanEvent,
  EventData,
  Hazard,
  HazardEvent,
  Inspection,
  InspectionEvent,
  JsonValue,
  Mine,
  MineEvent,
  Penalty,
  PenaltyEvent,
  RecordedEvent,
  documentDecider,
  enforcementPlanDecider,
  hazardDecider,
  inspectionDecider,
  mineDecider,
  penaltyDecider,
  HotWorkPermit,
  HotWorkPermitEvent,
  MonthlyCheck,
  MonthlyCheckEvent,
  hotWorkPermitDecider,
  monthlyCheckDecider,
  Contractor,
  ContractorEvent,
  EnterpriseFile,
  EnterpriseFileEvent,
  ExamCampaign,
  ExamCampaignEvent,
  HiddenFactor,
  HiddenFactorEvent,
  contractorDecider,
  enterpriseFileDecider,
  examCampaignDecider,
  hiddenFactorDecider,
  LookbackCase,
  LookbackCaseEvent,
  lookbackCaseDecider,
} from '@hazard-ledger/domain';
import { ProductionSignal, ProductionSignalEvent, productionSignalDecider } from '@hazard-ledger/domain';
import { categoryOf } from '../stream-catalogue/stream-catalogue.row';
import { FieldChange, diffStates } from './diff-states';

/** A stream's folded state as the audit trail keeps it between batches (table audit_trail_states). */
export interface StreamFold {
  streamId: string;
  /** The last revision applied: anything at or below it is a replay. */
  revision: bigint;
  /** The decider's state; null for a stream category without a decider. */
  state: JsonValue | null;
}

/** One row of the audit trail: who did what to which entity, the two clocks, why, and what it changed. */
export interface AuditEntry {
  position: bigint;
  commitPosition: bigint;
  streamId: string;
  entityType: string;
  entityId: string;
  revision: bigint;
  eventType: string;
  eventId: string;
  actor: { id: string; name: string; role: string; org: string };
  onBehalfOfId: string | null;
  occurredAt: string;
  recordedAt: string;
  reason: string | null;
  changes: FieldChange[];
  data: EventData;
}

interface StateFold {
  initial(): unknown;
  evolve(state: unknown, event: { type: string; data: unknown }): unknown;
}

// The deciders' own evolve (total, never throws), so "before → after" is exactly what the write side decides on.
const folds: Record<string, StateFold> = {
  hazard: {
    initial: hazardDecider.initialState,
    evolve: (s, e) => hazardDecider.evolve(s as Hazard, e as HazardEvent),
  },
  mine: {
    initial: mineDecider.initialState,
    evolve: (s, e) => mineDecider.evolve(s as Mine, e as MineEvent),
  },
  // 执法文书修改留痕: an amendment shows as content.<field> before → after, with its reason (data.reason).
  document: {
    initial: documentDecider.initialState,
    evolve: (s, e) => documentDecider.evolve(s as EnforcementDocument, e as DocumentEvent),
  },
  penalty: {
    initial: penaltyDecider.initialState,
    evolve: (s, e) => penaltyDecider.evolve(s as Penalty, e as PenaltyEvent),
  },
  // 谁检查、谁签名: a later change to an inspection shows which signatures it voided.
  inspection: {
    initial: inspectionDecider.initialState,
    evolve: (s, e) => inspectionDecider.evolve(s as Inspection, e as InspectionEvent),
  },
  'enforcement-plan': {
    initial: enforcementPlanDecider.initialState,
    evolve: (s, e) => enforcementPlanDecider.evolve(s as EnforcementPlan, e as EnforcementPlanEvent),
  },
  'monthly-check': {
    initial: monthlyCheckDecider.initialState,
    evolve: (s, e) => monthlyCheckDecider.evolve(s as MonthlyCheck, e as MonthlyCheckEvent),
  },
  'hot-work-permit': {
    initial: hotWorkPermitDecider.initialState,
    evolve: (s, e) => hotWorkPermitDecider.evolve(s as HotWorkPermit, e as HotWorkPermitEvent),
  },
  // Issue 14's records: a contract ended, a factor re-measured, a post holder replaced show before → after.
  contractor: {
    initial: contractorDecider.initialState,
    evolve: (s, e) => contractorDecider.evolve(s as Contractor, e as ContractorEvent),
  },
  'hidden-factor': {
    initial: hiddenFactorDecider.initialState,
    evolve: (s, e) => hiddenFactorDecider.evolve(s as HiddenFactor, e as HiddenFactorEvent),
  },
  'exam-campaign': {
    initial: examCampaignDecider.initialState,
    evolve: (s, e) => examCampaignDecider.evolve(s as ExamCampaign, e as ExamCampaignEvent),
  },
  'enterprise-file': {
    initial: enterpriseFileDecider.initialState,
    evolve: (s, e) => enterpriseFileDecider.evolve(s as EnterpriseFile, e as EnterpriseFileEvent),
  },
  'production-signal': {
    initial: productionSignalDecider.initialState,
    evolve: (s, e) => productionSignalDecider.evolve(s as ProductionSignal, e as ProductionSignalEvent),
  },
  // 倒查 cases: the investigators' own acts — opened (subject, scope, legal basis), runs.<n> (query, parameters,
  // cut, digest), frozenAnswers.<n>, closed (conclusion) — so an auditor can look back at the look-back.
  'lookback-case': {
    initial: lookbackCaseDecider.initialState,
    evolve: (s, e) => lookbackCaseDecider.evolve(s as LookbackCase, e as LookbackCaseEvent),
  },
};

export const entityOf = (streamId: string): { entityType: string; entityId: string } => {
  const entityType = categoryOf(streamId);
  return { entityType, entityId: streamId.slice(entityType.length + 1) };
};

// Deciders require the reason in data.reason; metadata.reason is the request's optional free text.
const reasonOf = (event: RecordedEvent): string | null => {
  if (event.metadata.reason) return event.metadata.reason;
  const inData = event.data.reason;
  return typeof inData === 'string' && inData !== '' ? inData : null;
};

// A state round-trips through jsonb: drop undefined members now so the in-memory and stored copies agree.
const asJson = (state: unknown): JsonValue => JSON.parse(JSON.stringify(state)) as JsonValue;

/**
 * Folds one event into its stream's state and describes it. A replay (revision at or below the stored one) yields
 * no entry and leaves the state as it was. Categories without a decider get `changes: []` and keep a null state.
 */
export const auditEntry = (
  before: StreamFold | undefined,
  event: RecordedEvent,
): { entry: AuditEntry | undefined; stateAfter: StreamFold } => {
  if (before && event.revision <= before.revision) return { entry: undefined, stateAfter: before };
  const { entityType, entityId } = entityOf(event.streamId);
  const fold = folds[entityType];
  const previous = before?.state ?? (fold ? asJson(fold.initial()) : null);
  const next = fold && previous !== null ? asJson(fold.evolve(previous, event)) : previous;
  const { actor, onBehalfOf, occurredAt } = event.metadata;
  const entry: AuditEntry = {
    position: event.position,
    commitPosition: event.logPosition.commit,
    streamId: event.streamId,
    entityType,
    entityId,
    revision: event.revision,
    eventType: event.type,
    eventId: event.eventId,
    actor: { id: actor.id, name: actor.name, role: actor.role, org: actor.org },
    onBehalfOfId: onBehalfOf?.id ?? null,
    occurredAt,
    recordedAt: event.recordedAt,
    reason: reasonOf(event),
    changes: fold ? diffStates(previous, next) : [],
    data: event.data,
  };
  return { entry, stateAfter: { streamId: event.streamId, revision: event.revision, state: next } };
};
