import { SIGNATURE_MEANINGS, ScopeTarget, mayWrite } from '@hazard-ledger/auth';
import {
  Actor,
  Hazard,
  HazardCommand,
  HazardCommandType,
  InvalidHazardTransition,
  NotAuthorisedForAction,
  hazardCommandAccess,
  hazardDecider,
} from '@hazard-ledger/domain';
import { SIGNED_COMMANDS } from '../../hazards/shared/hazard-signer';
import { HAZARD_STEP_ROUTES } from './hazard-step-routes';

export interface AvailableStep {
  command: HazardCommandType;
  method: 'post';
  /** The OpenAPI path of the operation; the console builds its form from that operation's request schema. */
  path: string;
  signed: boolean;
  /** What the signature attests (shown before signing), for signed steps. */
  meaning?: { code: string; text: string };
}

// Creation commands start a new stream: they are offered by the ledger, not on an existing hazard's page.
const CREATION: HazardCommandType[] = ['DiscoverHazard', 'ReportRecurrence'];

/**
 * Asks the decider itself which steps the actor may take now: a command the access table refuses, or one the
 * hazard's status refuses (InvalidHazardTransition), is not offered. The probe carries no payload, so any other
 * refusal is about the form's content — the step is offered and the decider judges the real request.
 */
const stateAllows = (type: HazardCommandType, hazard: Hazard, actor: Actor, now: string): boolean => {
  if (hazard.status === 'not_discovered') return false;
  const probe = { type, data: { hazardId: hazard.hazardId }, metadata: { now, actor } } as unknown as HazardCommand;
  try {
    hazardDecider.decide(probe, hazard);
    return true;
  } catch (error) {
    return !(error instanceof InvalidHazardTransition || error instanceof NotAuthorisedForAction);
  }
};

export const availableSteps = (hazard: Hazard, target: ScopeTarget, actor: Actor, now: string): AvailableStep[] => {
  if (hazard.status === 'not_discovered' || !mayWrite(actor, target)) return [];
  return (Object.keys(hazardCommandAccess) as HazardCommandType[])
    .filter((type) => !CREATION.includes(type) && hazardCommandAccess[type].roles.includes(actor.role))
    .filter((type) => stateAllows(type, hazard, actor, now))
    .map((type) => {
      const code = (SIGNED_COMMANDS as Partial<Record<HazardCommandType, keyof typeof SIGNATURE_MEANINGS>>)[type];
      return {
        command: type,
        method: 'post' as const,
        path: HAZARD_STEP_ROUTES[type],
        signed: code !== undefined,
        ...(code ? { meaning: { code, text: SIGNATURE_MEANINGS[code] } } : {}),
      };
    });
};
