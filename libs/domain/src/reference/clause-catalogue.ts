import { Clause, ClauseCatalogue, Confidence, SiteType } from '../shared/reference';
import { ReferenceDataInvalid } from './reference.errors';
import catalogue202288 from './clause-catalogue.2022-88.json';

export interface CatalogueClause extends Clause {
  titleEn: string;
  /** The original, finer-grained tag of domain.md §3 when the item was confirmed only in part. */
  confidenceDetail?: string;
  note?: string;
}

/** One published edition of a 判定标准 catalogue. Immutable: corrections are a new edition. */
export interface CatalogueEdition extends ClauseCatalogue {
  standard: string;
  /** From when new decisions use this edition: 00:00 China Standard Time of that date. */
  effectiveFrom: string;
  sourceUrls: readonly string[];
  notes: readonly string[];
  clauses: ReadonlyMap<string, CatalogueClause>;
}

const SITE_PREFIX: Record<SiteType, string> = { underground: 'UG', open_pit: 'OP', tailings: 'TS' };
const CONFIDENCES: readonly Confidence[] = ['C', 'P', 'R', 'X'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

type RawClause = Record<string, unknown>;
interface RawEdition {
  version: string;
  standard: string;
  source: string;
  effectiveFrom: string;
  sourceUrls: string[];
  notes: string[];
  clauses: RawClause[];
}

const text = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

const parseClause = (version: string, raw: RawClause): CatalogueClause => {
  const fail = (problem: string) => new ReferenceDataInvalid(version, `${String(raw.id)}: ${problem}`);
  const siteType = raw.siteType as SiteType;
  if (!(siteType in SITE_PREFIX)) throw fail(`unknown siteType ${String(raw.siteType)}`);
  if (!text(raw.id) || !new RegExp(`^MHS\\d{4}-${SITE_PREFIX[siteType]}-\\d{2}$`).test(raw.id))
    throw fail('id must look like MHS2022-UG-01 and match its siteType');
  if (!CONFIDENCES.includes(raw.confidence as Confidence)) throw fail('confidence must be C, P, R or X');
  if (typeof raw.basicCondition !== 'boolean') throw fail('basicCondition must be true or false');
  if (!text(raw.title) || !text(raw.titleEn)) throw fail('title and titleEn are required');
  return Object.freeze({
    id: raw.id,
    siteType,
    title: raw.title,
    titleEn: raw.titleEn,
    confidence: raw.confidence as Confidence,
    basicCondition: raw.basicCondition,
    ...(text(raw.confidenceDetail) ? { confidenceDetail: raw.confidenceDetail } : {}),
    ...(text(raw.note) ? { note: raw.note } : {}),
  });
};

/** Validates an edition's JSON and freezes it, so a malformed or mutated edition fails at load time. */
export const parseCatalogueEdition = (raw: RawEdition): CatalogueEdition => {
  if (!text(raw.version) || !DATE.test(raw.effectiveFrom))
    throw new ReferenceDataInvalid(String(raw.version), 'version and effectiveFrom (YYYY-MM-DD) are required');
  const clauses = new Map<string, CatalogueClause>();
  for (const row of raw.clauses) {
    const clause = parseClause(raw.version, row);
    if (clauses.has(clause.id)) throw new ReferenceDataInvalid(raw.version, `duplicate clause id ${clause.id}`);
    clauses.set(clause.id, clause);
  }
  return Object.freeze({
    version: raw.version,
    standard: raw.standard,
    source: raw.source,
    effectiveFrom: raw.effectiveFrom,
    sourceUrls: Object.freeze([...raw.sourceUrls]),
    notes: Object.freeze([...raw.notes]),
    clauses,
  });
};

/** Every published edition, oldest first. Append new editions; never edit a published file. */
export const CATALOGUE_EDITIONS: readonly CatalogueEdition[] = Object.freeze([parseCatalogueEdition(catalogue202288)]);
