import { ReferenceContext } from '../shared/reference';
import { CATALOGUE_EDITIONS, CatalogueEdition } from './clause-catalogue';
import { POLICY_EDITIONS, PolicyEdition } from './policy';
import { ReferenceKind, ReferenceNotInForce, ReferenceTimeInvalid, ReferenceVersionUnknown } from './reference.errors';
import { RISK_GRADINGS, RiskGrading } from './risk-grading';
import { INSPECTION_FREQUENCY_EDITIONS, InspectionFrequencyEdition } from './inspection-frequency';

interface Versioned {
  version: string;
}
interface Dated extends Versioned {
  effectiveFrom: string;
}

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

// Dates in 规章 and policies are Beijing dates: an edition takes effect at 00:00 UTC+08:00 of its effectiveFrom.
const startOf = (effectiveFrom: string): number => Date.parse(`${effectiveFrom}T00:00:00+08:00`);

const instant = (at: string): number => {
  const ms = ISO_WITH_ZONE.test(at) ? Date.parse(at) : NaN;
  if (Number.isNaN(ms)) throw new ReferenceTimeInvalid(at);
  return ms;
};

const byVersion = <T extends Versioned>(kind: ReferenceKind, editions: readonly T[], version: string): T => {
  const found = editions.find((e) => e.version === version);
  if (!found) throw new ReferenceVersionUnknown(kind, version);
  return found;
};

const latest = <T extends Dated>(editions: readonly T[]): T | undefined =>
  editions.reduce<T | undefined>(
    (best, e) => (!best || startOf(e.effectiveFrom) > startOf(best.effectiveFrom) ? e : best),
    undefined,
  );

const inForceAt = <T extends Dated>(kind: ReferenceKind, editions: readonly T[], at: string): T => {
  const t = instant(at);
  const found = latest(editions.filter((e) => startOf(e.effectiveFrom) <= t));
  if (!found) throw new ReferenceNotInForce(kind, at);
  return found;
};

export const catalogueByVersion = (version: string): CatalogueEdition =>
  byVersion('catalogue', CATALOGUE_EDITIONS, version);

/** The newest published edition. Decisions use `referenceContextAt(now)` instead, which honours effectiveFrom. */
export const currentCatalogue = (): CatalogueEdition => latest(CATALOGUE_EDITIONS) as CatalogueEdition;

export const catalogueInForce = (at: string): CatalogueEdition => inForceAt('catalogue', CATALOGUE_EDITIONS, at);

export const policyByVersion = (version: string): PolicyEdition => byVersion('policy', POLICY_EDITIONS, version);

/** The policy with the latest effectiveFrom not after `at` (ISO 8601 with zone). */
export const policyInForce = (at: string): PolicyEdition => inForceAt('policy', POLICY_EDITIONS, at);

export const riskGradingByVersion = (version: string): RiskGrading => byVersion('riskGrading', RISK_GRADINGS, version);

export const currentRiskGrading = (): RiskGrading => RISK_GRADINGS[RISK_GRADINGS.length - 1];

const datedGradings = (): (RiskGrading & Dated)[] =>
  RISK_GRADINGS.filter((g): g is RiskGrading & Dated => g.effectiveFrom !== undefined);

/** The A–D grading edition in force at `at`: what a grade change made then cites. */
export const riskGradingInForce = (at: string): RiskGrading => inForceAt('riskGrading', datedGradings(), at);

export const inspectionFrequencyByVersion = (version: string): InspectionFrequencyEdition =>
  byVersion('inspectionFrequency', INSPECTION_FREQUENCY_EDITIONS, version);

/** The inspection-frequency policy (cap per mine per year, joint inspections per quarter) in force at `at`. */
export const inspectionFrequencyInForce = (at: string): InspectionFrequencyEdition =>
  inForceAt('inspectionFrequency', INSPECTION_FREQUENCY_EDITIONS, at);

/** What a decision at `at` must use and cite: the catalogue and the policy in force then. */
export const referenceContextAt = (at: string): ReferenceContext => ({
  catalogue: catalogueInForce(at),
  policy: policyInForce(at),
});
