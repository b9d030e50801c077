import { DeciderSpecification } from '@hazard-ledger/testing';
import { fold } from '../shared/decider';
import { ROLES } from '../shared/actor';
import { enforcementPlanCommandAccess } from './enforcement-plan.access';
import { enforcementPlanDecider } from './enforcement-plan.decider';
import {
  InvalidPlanTransition,
  PlanApproverIsDrafter,
  PlanDetailsInvalid,
  PlanExceedsInspectionCap,
  PlanNotDrafted,
} from './enforcement-plan.errors';
import {
  aDraftEnforcementPlan,
  aLeader,
  anApproveEnforcementPlan,
  anEnforcementPlanApproved,
  anEnforcementPlanDrafted,
  anInspector,
  aPlannedMine,
  PLAN_ID,
  POLICY,
} from './enforcement-plan.fixtures';

const given = DeciderSpecification.for(enforcementPlanDecider);
const drafted = anEnforcementPlanDrafted();
const approved = anEnforcementPlanApproved();

describe('EnforcementPlan (年度执法计划)', () => {
  describe('when drafted', () => {
    it('lists each mine with its grade’s frequency and an item id inspections cite', () =>
      given([]).when(aDraftEnforcementPlan()).then([drafted]));

    it('takes a mine’s own planned count over its grade’s frequency', () =>
      given([])
        .when(aDraftEnforcementPlan({ mines: [aPlannedMine({ plannedInspections: 12 })] }))
        .then([
          anEnforcementPlanDrafted({
            items: [
              { planItemId: `${PLAN_ID}-mine-demo-1`, mineId: 'mine-demo-1', grade: 'C', plannedInspections: 12 },
            ],
          }),
        ]));

    it('refuses more on-site inspections of a mine than the cap of the policy in force (矿安〔2025〕14号: 12)', () =>
      given([])
        .when(aDraftEnforcementPlan({ mines: [aPlannedMine({ plannedInspections: 13 })] }))
        .thenThrows(PlanExceedsInspectionCap, (e) =>
          expect(e).toMatchObject({ planned: 13, cap: 12, policyVersion: 'inspection-frequency@2025.1' }),
        ));

    it('applies the cap the policy gives, not a constant', () =>
      given([])
        .when(aDraftEnforcementPlan({ policy: { ...POLICY, maxOnSiteInspectionsPerMinePerYear: 3 } }))
        .thenThrows(PlanExceedsInspectionCap));

    it.each([
      ['a mine of another jurisdiction', { mines: [aPlannedMine({ jurisdiction: '140402' })] }],
      ['an unregistered mine', { mines: [aPlannedMine({ jurisdiction: null })] }],
      ['an ungraded mine', { mines: [aPlannedMine({ grade: null })] }],
      ['no mines', { mines: [] }],
      ['a mine twice', { mines: [aPlannedMine(), aPlannedMine()] }],
      ['a fractional frequency', { frequencyPerGrade: { A: 1, B: 2, C: 1.5, D: 6 } }],
      ['a negative count', { mines: [aPlannedMine({ plannedInspections: -1 })] }],
      ['a year out of range', { year: 1999 }],
      ['a blank jurisdiction', { jurisdiction: ' ' }],
    ] as const)('refuses %s', (_case, data) =>
      given([]).when(aDraftEnforcementPlan(data)).thenThrows(PlanDetailsInvalid),
    );

    it('may be redrafted before approval, keeping its jurisdiction and year', () => {
      given([drafted])
        .when(aDraftEnforcementPlan({ mines: [aPlannedMine()] }))
        .then([anEnforcementPlanDrafted({ items: [drafted.data.items[0]], withdrawnMineIds: ['mine-demo-2'] })]);
      given([drafted])
        .when(aDraftEnforcementPlan({ year: 2026 }))
        .thenThrows(PlanDetailsInvalid);
    });
  });

  describe('when approved or filed', () => {
    it('is approved by a leader other than its drafter, with the decision number', () =>
      given([drafted]).when(anApproveEnforcementPlan()).then([approved]));

    it('may be filed (备案) instead of approved', () =>
      given([drafted])
        .when(anApproveEnforcementPlan({ decision: 'filed' }))
        .then([anEnforcementPlanApproved({ decision: 'filed' })]));

    it('is not approved by the person who drafted it', () =>
      given([anEnforcementPlanDrafted({ draftedBy: aLeader.id })])
        .when(anApproveEnforcementPlan())
        .thenThrows(PlanApproverIsDrafter));

    it('needs the decision number', () =>
      given([drafted])
        .when(anApproveEnforcementPlan({ decisionNo: ' ' }))
        .thenThrows(PlanDetailsInvalid));

    it('keeps its items once approved', () =>
      expect(fold(enforcementPlanDecider, [drafted, approved])).toMatchObject({
        status: 'Approved',
        items: drafted.data.items,
      }));
  });

  describe('forbidden transitions', () => {
    it.each([
      ['NotDrafted', [], anApproveEnforcementPlan(), PlanNotDrafted],
      ['Approved', [drafted, approved], anApproveEnforcementPlan(), InvalidPlanTransition],
      ['Approved', [drafted, approved], aDraftEnforcementPlan(), InvalidPlanTransition],
    ] as const)('%s: %s', (_state, history, command, error) =>
      given([...history])
        .when(command)
        .thenThrows(error),
    );

    it('replays an approval without a draft as nothing (old streams never fail)', () =>
      expect(fold(enforcementPlanDecider, [approved])).toEqual({ status: 'NotDrafted' }));
  });

  describe('roles × commands', () => {
    const table = ROLES.flatMap((role) =>
      (['DraftEnforcementPlan', 'ApproveEnforcementPlan'] as const).map((command) => [role, command] as const),
    );
    const allowed: Record<string, readonly string[]> = {
      DraftEnforcementPlan: ['inspector', 'supervising_leader'],
      ApproveEnforcementPlan: ['supervising_leader'],
    };
    it.each(table)('%s × %s follows the brief (section drafts, leader approves or files)', (role, command) =>
      expect(enforcementPlanCommandAccess[command].roles.includes(role)).toBe(allowed[command].includes(role)),
    );

    it('the inspector who drafts may not approve', () =>
      given([drafted])
        .when(anApproveEnforcementPlan({}, { actor: anInspector }))
        .thenThrows(PlanApproverIsDrafter));
  });
});
