import {
  EnforcementPlanApproved,
  EnforcementPlanDrafted,
  RecordedEvent,
  inspectionFrequencyInForce,
  streams,
} from '@hazard-ledger/domain';
import { column } from '@hazard-ledger/projection-engine';
import { Fact, FactModel } from '../enforcement-facts/fact-history';

/** The inspection helper's stream category (CONTRACTS.md: `inspection` → "inspection-<id>"). */
export const INSPECTION_STREAM_PREFIX = 'inspection-';

/** What the board reads of an inspection helper's InspectionRecorded (shape in CONTRACTS.md). */
interface InspectionRecordedData {
  inspectionId: string;
  mineId: string;
  kind: string;
  planItemId: string | null;
  startedAt: string;
}

/** Per mine and plan year: inspections planned (by grade, capped by policy) against those done. */
export interface PlanBoardRow {
  mineId: string;
  year: number;
  planId: string | null;
  planItemId: string | null;
  /** 'draft', 'approved' (审批) or 'filed' (备案); null: the mine is in no plan of that year. */
  planStatus: string | null;
  grade: string | null;
  planned: number | null;
  cap: number | null;
  policyVersion: string | null;
  done: number;
  /** Inspections citing this mine's plan item (the rest were outside the plan). */
  inPlan: number;
  /** 四不两直 ('unannounced'). */
  unannounced: number;
  /** 联合检查 ('joint') per quarter, Q1–Q4 (Beijing time). */
  jointByQuarter: [number, number, number, number];
}

const CST_MS = 8 * 3_600_000;
const cst = (iso: string) => new Date(Date.parse(iso) + CST_MS);
export const planYearOf = (iso: string): number => cst(iso).getUTCFullYear();
const quarterOf = (iso: string): number => Math.floor(cst(iso).getUTCMonth() / 3);

const capAt = (iso: string): { cap: number | null; version: string | null } => {
  try {
    const policy = inspectionFrequencyInForce(iso);
    return { cap: policy.maxOnSiteInspectionsPerMinePerYear, version: policy.version };
  } catch {
    return { cap: null, version: null };
  }
};

const emptyRow = (mineId: string, year: number): PlanBoardRow => ({
  mineId,
  year,
  planId: null,
  planItemId: null,
  planStatus: null,
  grade: null,
  planned: null,
  cap: null,
  policyVersion: null,
  done: 0,
  inPlan: 0,
  unannounced: 0,
  jointByQuarter: [0, 0, 0, 0],
});

const planned = (row: PlanBoardRow, d: EnforcementPlanDrafted['data']): PlanBoardRow => {
  const item = d.items.find((i) => i.mineId === row.mineId);
  if (!item) return { ...row, planId: null, planItemId: null, planStatus: null, grade: null, planned: null };
  return {
    ...row,
    planId: d.planId,
    planItemId: item.planItemId,
    planStatus: 'draft',
    grade: item.grade,
    planned: item.plannedInspections,
    cap: d.maxOnSiteInspectionsPerMinePerYear,
    policyVersion: d.policyVersion,
  };
};

const inspected = (row: PlanBoardRow, d: InspectionRecordedData, seen: Set<string>): PlanBoardRow => {
  if (seen.has(d.inspectionId)) return row;
  seen.add(d.inspectionId);
  const joint = [...row.jointByQuarter] as PlanBoardRow['jointByQuarter'];
  if (d.kind === 'joint') joint[quarterOf(d.startedAt)] += 1;
  const fallback = row.cap === null ? capAt(d.startedAt) : { cap: row.cap, version: row.policyVersion };
  return {
    ...row,
    cap: fallback.cap,
    policyVersion: fallback.version,
    done: row.done + 1,
    unannounced: row.unannounced + (d.kind === 'unannounced' ? 1 : 0),
    jointByQuarter: joint,
  };
};

// Counting "in plan" once the plan is known too: an inspection may be recorded before a redraft renames nothing.
export const planBoardRowOf = (id: string, facts: readonly Fact[]): PlanBoardRow | undefined => {
  const [year, mineId] = [Number(id.slice(0, 4)), id.slice(5)];
  const seen = new Set<string>();
  let row = emptyRow(mineId, year);
  for (const f of facts) {
    if (f.type === 'EnforcementPlanDrafted') row = planned(row, f.data as unknown as EnforcementPlanDrafted['data']);
    else if (f.type === 'EnforcementPlanApproved' && row.planId === f.data.planId)
      row = { ...row, planStatus: (f.data as unknown as EnforcementPlanApproved['data']).decision };
    else if (f.type === 'InspectionRecorded') row = inspected(row, f.data as unknown as InspectionRecordedData, seen);
  }
  const cited = facts.filter((f) => f.type === 'InspectionRecorded' && f.data.planItemId === row.planItemId);
  const inPlan = row.planItemId === null ? 0 : new Set(cited.map((f) => f.data.inspectionId)).size;
  return row.planId === null && row.done === 0 ? undefined : { ...row, inPlan };
};

const entitiesOf = (e: RecordedEvent): string[] => {
  const d = e.data as Record<string, unknown>;
  if (e.type === 'EnforcementPlanDrafted') {
    const { year, items, withdrawnMineIds } = d as unknown as EnforcementPlanDrafted['data'];
    return [...items.map((i) => i.mineId), ...(withdrawnMineIds ?? [])].map((m) => `${year}:${m}`);
  }
  if (e.type === 'EnforcementPlanApproved') {
    const { year, mineIds } = d as unknown as EnforcementPlanApproved['data'];
    return mineIds.map((m) => `${year}:${m}`);
  }
  if (e.type === 'InspectionRecorded' && e.streamId.startsWith(INSPECTION_STREAM_PREFIX)) {
    const { mineId, startedAt } = d as unknown as InspectionRecordedData;
    return [`${planYearOf(startedAt)}:${mineId}`];
  }
  return [];
};

const c = column<PlanBoardRow>;

export const planBoardModel: FactModel<PlanBoardRow> = {
  name: 'plan-board',
  base: 'plan_board',
  key: 'row_id',
  streamPrefixes: [streams.prefix('mine'), streams.prefix('enforcement-plan'), INSPECTION_STREAM_PREFIX],
  columns: [
    c('mine_id', 'text', (r) => r.mineId),
    c('year', 'integer', (r) => r.year),
    c('plan_id', 'text', (r) => r.planId),
    c('plan_item_id', 'text', (r) => r.planItemId),
    c('plan_status', 'text', (r) => r.planStatus),
    c('grade', 'text', (r) => r.grade),
    c('planned', 'integer', (r) => r.planned),
    c('cap', 'integer', (r) => r.cap),
    c('policy_version', 'text', (r) => r.policyVersion),
    c('done', 'integer', (r) => r.done),
    c('in_plan', 'integer', (r) => r.inPlan),
    c('unannounced', 'integer', (r) => r.unannounced),
    c('joint_by_quarter', 'jsonb', (r) => r.jointByQuarter),
  ],
  entitiesOf,
  rowOf: planBoardRowOf,
  // An inspection took place at startedAt, whenever it was entered (late entry lands where it belongs).
  validTimeOf: (e) =>
    e.type === 'InspectionRecorded' ? (e.data as unknown as InspectionRecordedData).startedAt : undefined,
};
