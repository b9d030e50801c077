import { streams } from '@hazard-ledger/domain';
import { rangesOf } from '../enforcement-facts/fact-history';
import { At, givenFacts } from '../enforcement-facts/given-facts.fixture';
import { planBoardModel as model } from './plan-board.model';

const PLAN_ID = 'plan-140404-2025';
const anEnforcementPlanDrafted = (data: object = {}) => ({
  type: 'EnforcementPlanDrafted',
  data: {
    planId: PLAN_ID,
    jurisdiction: '140404',
    year: 2025,
    items: [{ planItemId: `${PLAN_ID}-mine-demo-1`, mineId: 'mine-demo-1', grade: 'C', plannedInspections: 4 }],
    withdrawnMineIds: [],
    policyVersion: 'inspection-frequency@2025.1',
    maxOnSiteInspectionsPerMinePerYear: 12,
    ...data,
  },
});
const anEnforcementPlanApproved = () => ({
  type: 'EnforcementPlanApproved',
  data: {
    planId: PLAN_ID,
    year: 2025,
    mineIds: ['mine-demo-1'],
    decision: 'approved',
    decisionNo: '上应急发〔2025〕3号',
  },
});
const plan = (event: At['event'], recordedAt: string): At => ({
  event,
  streamId: streams.enforcementPlan(PLAN_ID),
  recordedAt,
});
// The inspection helper's event, planted as given (shape in CONTRACTS.md) until the merge.
const inspection = (
  n: number,
  kind: string,
  startedAt: string,
  recordedAt = startedAt,
  planItemId: string | null = `${PLAN_ID}-mine-demo-1`,
): At => ({
  event: {
    type: 'InspectionRecorded',
    data: { inspectionId: `insp-${n}`, mineId: 'mine-demo-1', kind, planItemId, areas: [], team: [], startedAt },
  },
  streamId: `inspection-insp-${n}`,
  recordedAt,
  occurredAt: startedAt,
});
const ROW = '2025:mine-demo-1';
const drafted = plan(anEnforcementPlanDrafted(), '2025-01-10T00:00:00Z');

describe('plan board (倒查 I 23)', () => {
  it('a drafted plan shows each mine’s planned inspections, nothing done yet', () =>
    givenFacts(model, [drafted]).then(ROW, { planStatus: 'draft', grade: 'C', planned: 4, cap: 12, done: 0 }));

  it('approval marks the plan approved', () =>
    givenFacts(model, [drafted, plan(anEnforcementPlanApproved(), '2025-01-20T00:00:00Z')]).then(ROW, {
      planStatus: 'approved',
    }));

  it('counts inspections done, those citing the plan item, 四不两直 and joint per quarter (Beijing time)', () =>
    givenFacts(model, [
      drafted,
      inspection(1, 'unannounced', '2025-02-01T02:00:00Z'),
      inspection(2, 'joint', '2025-03-31T17:00:00Z'), // 2025-04-01 01:00 in Beijing: Q2
      inspection(3, 'random', '2025-05-01T02:00:00Z', undefined, null),
    ]).then(ROW, { done: 3, inPlan: 2, unannounced: 1, jointByQuarter: [0, 1, 0, 0] }));

  it('counts the same inspection once, however often it is delivered', () =>
    givenFacts(model, [
      drafted,
      inspection(1, 'random', '2025-02-01T02:00:00Z'),
      inspection(1, 'random', '2025-02-01T02:00:00Z'),
    ]).then(ROW, {
      done: 1,
    }));

  it('shows a mine inspected outside any plan, with the cap of the policy in force then', () =>
    givenFacts(model, [inspection(1, 'random', '2026-02-01T02:00:00Z')]).then('2026:mine-demo-1', {
      planId: null,
      planned: null,
      cap: 12,
      done: 1,
    }));

  it('drops a mine a redraft withdrew', () =>
    givenFacts(model, [
      drafted,
      plan(anEnforcementPlanDrafted({ items: [], withdrawnMineIds: ['mine-demo-1'] }), '2025-01-12T00:00:00Z'),
    ]).then(ROW, undefined));

  it('places a late-entered inspection at the time it took place on the valid-time axis', () => {
    const late = inspection(2, 'random', '2025-03-01T00:00:00Z', '2025-06-01T00:00:00Z');
    const { facts } = givenFacts(model, [drafted, inspection(1, 'random', '2025-04-01T00:00:00Z'), late]);
    const all = facts.get(ROW) ?? [];
    const valid = rangesOf(
      model,
      ROW,
      [...all].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt)),
      (f) => f.occurredAt,
    );
    expect(valid.map((r) => [r.from, r.row.done])).toEqual([
      ['2025-01-10T00:00:00Z', 0],
      ['2025-03-01T00:00:00Z', 1],
      ['2025-04-01T00:00:00Z', 2],
    ]);
    const system = rangesOf(model, ROW, all, (f) => f.recordedAt);
    expect(system.map((r) => [r.from, r.row.done])).toEqual([
      ['2025-01-10T00:00:00Z', 0],
      ['2025-04-01T00:00:00Z', 1],
      ['2025-06-01T00:00:00Z', 2],
    ]);
  });
});
