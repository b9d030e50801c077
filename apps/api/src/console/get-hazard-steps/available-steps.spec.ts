import {
  Hazard,
  HazardCommandType,
  InvalidHazardTransition,
  NotAuthorisedForAction,
  ROLES,
  fold,
  Role,
  hazardCommandAccess,
  hazardDecider,
} from '@hazard-ledger/domain';
import { NOW, aCommandOfType, anActorWithRole, history } from '@hazard-ledger/domain/fixtures/hazard';
import { availableSteps } from './available-steps';

const CREATION: HazardCommandType[] = ['DiscoverHazard', 'ReportRecurrence'];
const STATUSES = Object.keys(history.historyOf).filter(
  (s) => s !== 'not_discovered',
) as (keyof typeof history.historyOf)[];

/** What the decider says to the real command (a complete, valid payload from the fixtures) by this role. */
const verdict = (type: HazardCommandType, state: Hazard, role: Role, mineId: string) => {
  try {
    hazardDecider.decide(aCommandOfType[type]({ actor: { ...anActorWithRole(role), mineIds: [mineId] } }), state);
    return 'accepted';
  } catch (error) {
    if (error instanceof InvalidHazardTransition) return 'wrong-status';
    return error instanceof NotAuthorisedForAction ? 'not-authorised' : 'other';
  }
};

describe('the steps the console offers on a hazard (a payload-less probe of the decider)', () => {
  describe.each(STATUSES)('when %s', (status) => {
    const state = fold(hazardDecider, history.historyOf[status]);
    const mineId = state.status === 'not_discovered' ? '' : state.mineId;
    const target = { mineId, jurisdiction: '140404' };

    it.each([...ROLES])('offers %s every step the decider accepts, and none its status refuses', (role) => {
      const actor = { ...anActorWithRole(role), mineIds: [mineId], jurisdictions: ['140404'] };
      const offered = new Set(availableSteps(state, target, actor, NOW).map((s) => s.command));
      for (const type of Object.keys(hazardCommandAccess) as HazardCommandType[]) {
        if (CREATION.includes(type)) continue;
        const said = verdict(type, state, role, mineId);
        // Offered steps may still be refused for their content (whose signature is revoked, which report is
        // acknowledged, up or down a grade): the real request decides. Never offered: a status or role refusal.
        if (said === 'accepted') expect({ type, offered: offered.has(type) }).toEqual({ type, offered: true });
        if (said === 'wrong-status') expect({ type, offered: offered.has(type) }).toEqual({ type, offered: false });
        if (!hazardCommandAccess[type].roles.includes(role))
          expect({ type, offered: offered.has(type) }).toEqual({ type, offered: false });
      }
    });
  });

  it('offers nothing outside the actor’s mine or jurisdiction', () => {
    const state = fold(hazardDecider, history.historyOf.sign_off_requested);
    const leader = { ...anActorWithRole('supervising_leader'), jurisdictions: ['140402'] };
    expect(availableSteps(state, { mineId: 'm', jurisdiction: '140404' }, leader, NOW)).toEqual([]);
  });
});
