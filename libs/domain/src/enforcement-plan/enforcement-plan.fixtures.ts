import { Actor } from '../shared/actor';
import { CommandMetadata } from '../shared/command';
import {
  ApproveEnforcementPlan,
  DraftEnforcementPlan,
  EnforcementPlanCommand,
  PlannedMineFacts,
} from './enforcement-plan.commands';
import { EnforcementPlanApproved, EnforcementPlanDrafted } from './enforcement-plan.events';

export const PLAN_ID = 'plan-140404-2025';
export const NOW = '2025-01-10T02:00:00.000Z';
export const POLICY = { version: 'inspection-frequency@2025.1', maxOnSiteInspectionsPerMinePerYear: 12 };

const regulator = (id: string, name: string, role: Actor['role']): Actor => ({
  id,
  name,
  role,
  org: '长治市上党区应急管理局',
  jurisdictions: ['140404'],
});
export const anInspector = regulator('u-inspector-zhang', '张执法', 'inspector');
export const aLeader = regulator('u-leader-wang', '王局长', 'supervising_leader');

export const aPlannedMine = (data: Partial<PlannedMineFacts> = {}): PlannedMineFacts => ({
  mineId: 'mine-demo-1',
  jurisdiction: '140404',
  grade: 'C',
  ...data,
});

const metadata = (overrides: Partial<CommandMetadata> = {}): CommandMetadata => ({
  now: NOW,
  actor: anInspector,
  ...overrides,
});

const command = <C extends EnforcementPlanCommand>(type: C['type'], data: C['data'], meta?: Partial<CommandMetadata>) =>
  ({ type, data, metadata: metadata(meta) }) as C;

export const aDraftEnforcementPlan = (
  data: Partial<DraftEnforcementPlan['data']> = {},
  meta?: Partial<CommandMetadata>,
) =>
  command<DraftEnforcementPlan>(
    'DraftEnforcementPlan',
    {
      planId: PLAN_ID,
      jurisdiction: '140404',
      year: 2025,
      frequencyPerGrade: { A: 1, B: 2, C: 4, D: 6 },
      mines: [aPlannedMine(), aPlannedMine({ mineId: 'mine-demo-2', grade: 'A' })],
      policy: POLICY,
      ...data,
    },
    meta,
  );

export const anApproveEnforcementPlan = (
  data: Partial<ApproveEnforcementPlan['data']> = {},
  meta: Partial<CommandMetadata> = { actor: aLeader },
) =>
  command<ApproveEnforcementPlan>(
    'ApproveEnforcementPlan',
    { planId: PLAN_ID, decision: 'approved', decisionNo: '上应急发〔2025〕3号', ...data },
    meta,
  );

export const anEnforcementPlanDrafted = (
  data: Partial<EnforcementPlanDrafted['data']> = {},
): EnforcementPlanDrafted => ({
  type: 'EnforcementPlanDrafted',
  data: {
    planId: PLAN_ID,
    jurisdiction: '140404',
    year: 2025,
    frequencyPerGrade: { A: 1, B: 2, C: 4, D: 6 },
    items: [
      { planItemId: `${PLAN_ID}-mine-demo-1`, mineId: 'mine-demo-1', grade: 'C', plannedInspections: 4 },
      { planItemId: `${PLAN_ID}-mine-demo-2`, mineId: 'mine-demo-2', grade: 'A', plannedInspections: 1 },
    ],
    withdrawnMineIds: [],
    policyVersion: 'inspection-frequency@2025.1',
    maxOnSiteInspectionsPerMinePerYear: 12,
    draftedBy: anInspector.id,
    draftedAt: NOW,
    ...data,
  },
});

export const anEnforcementPlanApproved = (
  data: Partial<EnforcementPlanApproved['data']> = {},
): EnforcementPlanApproved => ({
  type: 'EnforcementPlanApproved',
  data: {
    planId: PLAN_ID,
    jurisdiction: '140404',
    year: 2025,
    mineIds: ['mine-demo-1', 'mine-demo-2'],
    decision: 'approved',
    decisionNo: '上应急发〔2025〕3号',
    approvedBy: aLeader.id,
    approvedAt: NOW,
    ...data,
  },
});
