import { PenaltyEvent } from './penalty.events';

export interface TargetStanding {
  targetId: string;
  amountYuan: number;
  paidYuan: number;
  enforcementRequested: boolean;
}

export type Penalty =
  | { status: 'none' }
  | { status: 'decided'; penaltyId: string; mineId: string; targets: readonly TargetStanding[] };

export const initialPenaltyState = (): Penalty => ({ status: 'none' });

const updateTarget = (state: Penalty, targetId: string, change: (t: TargetStanding) => TargetStanding): Penalty =>
  state.status === 'none'
    ? state
    : { ...state, targets: state.targets.map((t) => (t.targetId === targetId ? change(t) : t)) };

// Never throws: an event that does not fit leaves the state unchanged.
export const evolvePenalty = (state: Penalty, event: PenaltyEvent): Penalty => {
  switch (event.type) {
    case 'PenaltyDecided':
      if (state.status !== 'none') return state;
      return {
        status: 'decided',
        penaltyId: event.data.penaltyId,
        mineId: event.data.mineId,
        targets: event.data.targets.map((t) => ({
          targetId: t.targetId,
          amountYuan: t.amountYuan,
          paidYuan: 0,
          enforcementRequested: false,
        })),
      };
    case 'PenaltyPaymentRecorded':
      return updateTarget(state, event.data.targetId, (t) => ({ ...t, paidYuan: event.data.paidTotalYuan }));
    case 'PenaltyEnforcementRequested':
      return updateTarget(state, event.data.targetId, (t) => ({ ...t, enforcementRequested: true }));
    default:
      return state;
  }
};
