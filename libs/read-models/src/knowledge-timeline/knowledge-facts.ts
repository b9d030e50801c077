import { ENTERPRISE_ROLES, REGULATOR_ROLES, RecordedEvent, Role, streams } from '@hazard-ledger/domain';
import { compareInstants } from '@hazard-ledger/projection-engine';

/** The parties whose first knowledge of a hazard 倒查 asks about (知情时间线). */
export const KNOWLEDGE_PARTIES = [
  'reporter',
  'enterprise',
  'enterprise_principal',
  'regulator',
  'workers_congress',
  'inspectors',
  'public',
] as const;

export type KnowledgeParty = (typeof KNOWLEDGE_PARTIES)[number];

/** One event showing that a party knew of a hazard, at the time the event claims (occurredAt). */
export interface KnowledgeFact {
  hazardId: string;
  party: KnowledgeParty;
  /** Valid time claimed by the actor: when the party knew. */
  occurredAt: string;
  /** System time: when the platform learnt that the party knew. */
  recordedAt: string;
  position: bigint;
  eventType: string;
  actor: { id: string; name: string; role: string };
}

const hasRole = (roles: readonly Role[], role: string): boolean => (roles as readonly string[]).includes(role);

const partiesIn = (event: RecordedEvent): Set<KnowledgeParty> => {
  const parties = new Set<KnowledgeParty>();
  const role = event.metadata.actor.role;
  if (event.type === 'HazardDiscovered') {
    const source = event.data.source;
    parties.add('reporter');
    if (source === 'self_check' || source === 'monthly_check') parties.add('enterprise');
    if (source === 'inspection') parties.add('regulator');
    // No publication event exists yet: a tip is the one sign that someone outside both sides (a whistleblower) knew.
    if (source === 'tip') parties.add('public');
  }
  if (event.type === 'DualReportReceived') {
    if (event.data.recipient === 'regulator') parties.add('regulator');
    if (event.data.recipient === 'workers_congress') parties.add('workers_congress');
  }
  // Whoever acts on a hazard knows of it.
  if (hasRole(ENTERPRISE_ROLES, role)) parties.add('enterprise');
  if (role === 'enterprise_principal') parties.add('enterprise_principal');
  if (hasRole(REGULATOR_ROLES, role)) parties.add('regulator');
  if (role === 'inspector') parties.add('inspectors');
  if (role === 'workers_congress_rep') parties.add('workers_congress');
  return parties;
};

/** Classifies one event: which parties it shows knew of its hazard (none for other streams). */
export const knowledgeFacts = (event: RecordedEvent): KnowledgeFact[] => {
  const hazardId = streams.idIn('hazard', event.streamId);
  if (hazardId === undefined) return [];
  const parties = partiesIn(event);
  const { id, name, role } = event.metadata.actor;
  return KNOWLEDGE_PARTIES.filter((p) => parties.has(p)).map((party) => ({
    hazardId,
    party,
    occurredAt: event.metadata.occurredAt,
    recordedAt: event.recordedAt,
    position: event.position,
    eventType: event.type,
    actor: { id, name, role },
  }));
};

export { compareInstants };

/** Is `a` earlier evidence than `b`? Earliest claimed time first; on a tie, the lower global position. */
export const isEarlier = (a: KnowledgeFact, b: KnowledgeFact): boolean => {
  const byTime = compareInstants(a.occurredAt, b.occurredAt);
  return byTime < 0 || (byTime === 0 && a.position < b.position);
};

/**
 * Folds a fact into a party's first knowledge. Strictly earlier evidence wins, so an event delivered later that
 * claims an earlier time replaces the first one, and a duplicate (or any later claim) changes nothing.
 */
export const earliestKnowledge = (known: KnowledgeFact | undefined, fact: KnowledgeFact): KnowledgeFact =>
  known === undefined || isEarlier(fact, known) ? fact : known;
