import { AccessRule } from '../shared/access';
import { PenaltyCommandType } from './penalty.commands';

/** A penalty is the bureau's decision (局领导); an inspector may record that a target paid. */
export const penaltyCommandAccess: Readonly<Record<PenaltyCommandType, AccessRule>> = Object.freeze({
  DecidePenalty: { roles: ['supervising_leader'] },
  RecordPenaltyPayment: { roles: ['inspector', 'supervising_leader'] },
  RecordPenaltyEnforcement: { roles: ['supervising_leader'] },
});
