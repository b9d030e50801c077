import { CATALOGUE_EDITIONS, POLICY_EDITIONS, ReferenceContext, referenceContextAt } from '@hazard-ledger/domain';

// Editions take effect at 00:00 Beijing time of their effectiveFrom, as in the reference registry.
const startOf = (effectiveFrom: string): number => Date.parse(`${effectiveFrom}T00:00:00+08:00`);
const earliest = (editions: readonly { effectiveFrom: string }[]): number =>
  Math.min(...editions.map((e) => startOf(e.effectiveFrom)));

/** The first instant at which a catalogue and a policy are both in force (2024-01-01 00:00 CST today). */
export const FIRST_IN_FORCE = Math.max(earliest(CATALOGUE_EDITIONS), earliest(POLICY_EDITIONS));
const FIRST_EDITIONS = referenceContextAt(new Date(FIRST_IN_FORCE).toISOString());

// Every instant at which the editions in force may change; between two of them the context is the same.
const CHANGES = [...CATALOGUE_EDITIONS, ...POLICY_EDITIONS].map((e) => startOf(e.effectiveFrom)).sort((a, b) => a - b);
let from = -Infinity;
let until = FIRST_IN_FORCE;
let cached = FIRST_EDITIONS;

/**
 * What the command gateway gives a decision at `now`: referenceContextAt(now). The dataset's history starts in
 * 2021, before any policy was published, where the registry refuses; decisions then cite the first editions in
 * force (as the hand-written generator did for every decision). docs/performance.md records the difference.
 * The registry is asked once per interval between edition changes (asking per decision was 9 % of the time).
 */
export const referenceAt = (nowMs: number, now: string): ReferenceContext => {
  if (nowMs >= from && nowMs < until) return cached;
  if (nowMs < FIRST_IN_FORCE) [from, until, cached] = [-Infinity, FIRST_IN_FORCE, FIRST_EDITIONS];
  else {
    from = Math.max(...CHANGES.filter((t) => t <= nowMs));
    until = Math.min(Infinity, ...CHANGES.filter((t) => t > nowMs));
    cached = referenceContextAt(now);
  }
  return cached;
};

/** The envelope's referenceVersion, as the gateway writes it. */
export const referenceVersionOf = (reference: ReferenceContext): string =>
  `${reference.catalogue.version}|${reference.policy.version}`;
