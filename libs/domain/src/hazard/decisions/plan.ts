import {
  AcceptRemediationPlan,
  RemediationPlanProposal,
  ReturnRemediationPlan,
  SubmitRemediationPlan,
} from '../hazard.commands';
import { FieldRequired, InvalidDeadline, PlanIncomplete } from '../hazard.errors';
import { HazardEvent, RemediationPlanSubmitted } from '../hazard.events';
import { Hazard } from '../hazard.state';
import { PlanItem } from '../hazard.values';
import { inStatus, isAfter, isBlank, requireFutureDeadline, requireReason } from './guards';

type FivePoints = Pick<
  RemediationPlanSubmitted['data'],
  'responsibility' | 'measures' | 'funds' | 'deadline' | 'contingencyPlan'
>;

/** 五落实 (责任、措施、资金、时限、预案), which maps one-to-one onto the 16号令 Art. 15 治理方案. */
const missingItems = (plan: RemediationPlanProposal): PlanItem[] => {
  const { responsibility, measures, funds } = plan;
  const present: Record<PlanItem, boolean> = {
    responsibility: !isBlank(responsibility?.unit) && !isBlank(responsibility?.person),
    measures: (measures ?? []).some((measure) => !isBlank(measure)),
    funds: typeof funds?.amount === 'number' && funds.amount > 0 && !isBlank(funds.source),
    deadline: !isBlank(plan.deadline),
    contingencyPlan: !isBlank(plan.contingencyPlan),
  };
  return (Object.keys(present) as PlanItem[]).filter((item) => !present[item]);
};

const isComplete = (plan: RemediationPlanProposal): plan is RemediationPlanProposal & FivePoints =>
  missingItems(plan).length === 0;

export const submitPlan = (command: SubmitRemediationPlan, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, ['major_determined', 'plan_submitted', 'plan_returned']);
  const { actor, now } = command.metadata;
  const plan = command.data;
  if (!isComplete(plan)) throw new PlanIncomplete(missingItems(plan));
  requireFutureDeadline(plan.deadline, now);
  const listingDeadline = hazard.major.listingDeadline;
  if (listingDeadline !== undefined && isAfter(plan.deadline, listingDeadline)) {
    throw new InvalidDeadline(plan.deadline, `不晚于督办期限 ${listingDeadline}`, `no later than ${listingDeadline}`);
  }
  const { responsibility, measures, funds, deadline, contingencyPlan } = plan;
  return [
    {
      type: 'RemediationPlanSubmitted',
      data: {
        hazardId: hazard.hazardId,
        planVersion: hazard.major.planVersion + 1,
        responsibility,
        measures,
        funds,
        deadline,
        contingencyPlan,
        contributors: plan.contributors ?? [],
        submittedBy: actor.id,
        submittedAt: now,
      },
    },
  ];
};

export const returnPlan = (command: ReturnRemediationPlan, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, ['plan_submitted']);
  const { actor, now } = command.metadata;
  const reason = requireReason(command.data.reason, '退回治理方案 / returning a remediation plan');
  return [
    {
      type: 'RemediationPlanReturned',
      data: {
        hazardId: hazard.hazardId,
        planVersion: hazard.major.planVersion,
        reason,
        returnedBy: actor.id,
        returnedAt: now,
      },
    },
  ];
};

export const acceptPlan = (command: AcceptRemediationPlan, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, ['plan_submitted']);
  const { actor, now } = command.metadata;
  const { planVersion, planDeadline } = hazard.major;
  if (planDeadline === undefined) throw new FieldRequired('时限 / deadline');
  return [
    {
      type: 'RemediationPlanAccepted',
      data: { hazardId: hazard.hazardId, planVersion, deadline: planDeadline, acceptedBy: actor.id, acceptedAt: now },
    },
  ];
};
