import { Actor, REGULATOR_ROLES } from '../../shared/actor';
import { EvidenceRef } from '../../shared/envelope';
import { Clause, ClauseCatalogue } from '../../shared/reference';
import { ESignature } from '../../shared/signature';
import { hazardCommandAccess } from '../hazard.access';
import { HazardCommand } from '../hazard.commands';
import {
  EvidenceRequired,
  FieldRequired,
  HazardIdMismatch,
  InvalidDeadline,
  InvalidHazardTransition,
  NotAuthorisedForAction,
  ReasonRequired,
  SignatureRequired,
  SignedStepRevoked,
  UnknownClause,
} from '../hazard.errors';
import { Hazard, HazardStatus } from '../hazard.state';
import { SignatureRef } from '../hazard.values';

export const ensureRoleMayIssue = (command: HazardCommand): void => {
  const { role } = command.metadata.actor;
  if (!hazardCommandAccess[command.type].roles.includes(role)) throw new NotAuthorisedForAction(role, command.type);
};

/** Narrows the state to the statuses in which the command is legal; anything else is an illegal transition. */
export const inStatus = <S extends HazardStatus>(
  state: Hazard,
  command: HazardCommand,
  allowed: readonly S[],
): Hazard & { status: S } => {
  if (!(allowed as readonly HazardStatus[]).includes(state.status)) {
    throw new InvalidHazardTransition(state.status, command.type);
  }
  if (state.status !== 'not_discovered' && state.hazardId !== command.data.hazardId) {
    throw new HazardIdMismatch(state.hazardId, command.data.hazardId);
  }
  return state as Hazard & { status: S };
};

export const isBlank = (text: string | undefined | null): boolean => !text || text.trim() === '';

export const isRegulator = (actor: Actor): boolean => REGULATOR_ROLES.includes(actor.role);

export const requireReason = (reason: string | undefined, action: string): string => {
  if (isBlank(reason)) throw new ReasonRequired(action);
  return reason as string;
};

export const requireField = (value: string | undefined, field: string): string => {
  if (isBlank(value)) throw new FieldRequired(field);
  return value as string;
};

export const requireEvidence = (evidence: EvidenceRef[] | undefined, action: string): EvidenceRef[] => {
  if (!evidence?.length) throw new EvidenceRequired(action);
  return evidence;
};

/** The API re-authenticates and fills the signature; the decider checks it is the actor's own (and, when known, over what). */
export const requireOwnSignature = (
  signature: ESignature | undefined,
  actor: Actor,
  action: string,
  contentHash?: string,
): ESignature => {
  const own = signature?.signerId === actor.id;
  const overContent = contentHash === undefined || signature?.contentHash === contentHash;
  if (!signature || !own || !overContent) throw new SignatureRequired(action);
  return signature;
};

export const clauseOf = (clauseId: string, catalogue: ClauseCatalogue): Clause => {
  const clause = catalogue.clauses.get(clauseId);
  if (!clause) throw new UnknownClause(clauseId, catalogue.version);
  return clause;
};

const HOUR_MS = 3_600_000;

export const addHours = (iso: string, hours: number): string =>
  new Date(Date.parse(iso) + hours * HOUR_MS).toISOString();

export const addDays = (iso: string, days: number): string => addHours(iso, days * 24);

/** False for unparseable input, so a malformed deadline is never "after" anything. */
export const isAfter = (a: string, b: string): boolean => Date.parse(a) > Date.parse(b);

export const requireFutureDeadline = (deadline: string | undefined, now: string): string => {
  if (!deadline || !isAfter(deadline, now)) throw new InvalidDeadline(deadline ?? '', '晚于当前时间', 'after now');
  return deadline;
};

/** A signed step whose signature stands revoked blocks the hazard's end until it is redone (ADR signature revocation). */
export const ensureNoRevokedStep = (hazard: { revokedSteps: readonly SignatureRef[] }): void => {
  if (hazard.revokedSteps.length > 0) throw new SignedStepRevoked(hazard.revokedSteps);
};
