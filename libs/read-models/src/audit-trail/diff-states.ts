import { JsonValue } from '@hazard-ledger/domain';

/** One changed field of an entity's folded state: a dotted path and its value before and after the event. */
export interface FieldChange {
  path: string;
  before: JsonValue;
  after: JsonValue;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Leaves by dotted path. Arrays are leaves (a list of signatures or reviews changes as a whole); undefined members
 * are skipped, so "absent" and "undefined" read the same — the stored jsonb copy of a state drops them anyway.
 */
const flatten = (value: unknown, prefix: string, into: Map<string, unknown>): Map<string, unknown> => {
  if (!isPlainObject(value)) {
    if (value !== undefined && prefix !== '') into.set(prefix, value);
    return into;
  }
  for (const [key, member] of Object.entries(value)) flatten(member, prefix === '' ? key : `${prefix}.${key}`, into);
  return into;
};

// Key order differs between a freshly folded state and its jsonb round trip, so compare structurally.
const sameJson = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameJson(x, b[i]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => sameJson(a[k], b[k]));
};

const json = (v: unknown): JsonValue => (v === undefined ? null : (v as JsonValue));

/** The fields that differ between two states, sorted by path (stable whatever the key order of either side); absent = null. */
export const diffStates = (before: unknown, after: unknown): FieldChange[] => {
  const b = flatten(before, '', new Map());
  const a = flatten(after, '', new Map());
  const paths = [...new Set([...b.keys(), ...a.keys()])].sort();
  return paths
    .filter((path) => !sameJson(json(b.get(path)), json(a.get(path))))
    .map((path) => ({ path, before: json(b.get(path)), after: json(a.get(path)) }));
};
