import { BadRequestException } from '@nestjs/common';
import { Actor, scopeOf } from '@hazard-ledger/domain';

/**
 * 举报保密: the mine must not learn that a hazard came from a tip (it would point at the whistleblower). For the
 * enterprise side, a hazard found by the regulator reads the same whether a tip or an inspection led to it:
 * source `regulator` (监管部门发现), no link to the complaint or the inspection, no "public" knowledge party.
 * Inspections are folded in as well, else "regulator without an inspection" would still single tips out.
 * Regulators, auditors and investigators read the record as it is (docs/adr/20261207-tip-origin-redaction.md).
 */
export const REGULATOR_FOUND = 'regulator';
const REGULATOR_SOURCES: readonly unknown[] = ['tip', 'inspection'];
const REGULATOR_LINKS: readonly unknown[] = ['complaint', 'inspection'];

/** Enterprise-side roles (own_mine scope) do not see a hazard's tip origin. */
export const seesTipOrigin = (actor: Actor): boolean => scopeOf(actor.role) !== 'own_mine';

const source = (value: unknown): unknown => (REGULATOR_SOURCES.includes(value) ? REGULATOR_FOUND : value);

const redact = (value: unknown): unknown => {
  if (Array.isArray(value))
    // The knowledge timeline's "public" party exists only for tips.
    return value.filter((v) => !(isObject(v) && v.party === 'public')).map(redact);
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = redact(v);
  if ('source' in out) out.source = source(out.source);
  if (isObject(out.linkedRef) && REGULATOR_LINKS.includes(out.linkedRef.kind)) out.linkedRef = null;
  // An audit-trail change of the folded state's source (`{ path: 'source', before, after }`).
  if (typeof out.path === 'string' && /(^|\.)source$/.test(out.path))
    Object.assign(out, { before: source(out.before), after: source(out.after) });
  return out;
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !(value instanceof Date) && !Buffer.isBuffer(value);

/** What `actor` may read of `value`: as it is, or without any tip origin. */
export const withoutTipOrigin = <T>(actor: Actor, value: T): T => (seesTipOrigin(actor) ? value : (redact(value) as T));

/** A ledger filter by source would single tips out again: the enterprise side may not filter by tip or inspection. */
export const assertSourceFilterAllowed = (actor: Actor, filter: string | undefined): void => {
  if (!seesTipOrigin(actor) && REGULATOR_SOURCES.includes(filter))
    throw new BadRequestException(
      `企业用户不能按来源 ${filter} 筛选 / The enterprise side cannot filter by source ${filter}`,
    );
};
