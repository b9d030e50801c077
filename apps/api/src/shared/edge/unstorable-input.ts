/**
 * What the edge refuses in any value a client sends. Pure, so the same rules hold for every route, present
 * and future, and can be tested without HTTP.
 */

/** Deepest nesting of objects/arrays a request body may have; the deepest real command body is 4 levels. */
export const MAX_JSON_DEPTH = 32;

// NUL cannot be stored in PostgreSQL text or jsonb; a lone UTF-16 surrogate (\p{Cs} under the u flag matches
// only unpaired ones) is refused by jsonb and cannot be encoded as UTF-8 at all.
const UNSTORABLE = /[\0\p{Cs}]/u;
// Per code unit, without the u flag: much faster, and only text that has a NUL or any surrogate needs the above.
const SUSPECT = /[\0\ud800-\udfff]/;

export type FlawKind = 'depth' | 'character' | 'number' | 'key';

export interface Flaw {
  kind: FlawKind;
  /** Keys from the root to the flawed value; a flawed key itself is not echoed back. */
  at: string[];
}

export const hasUnstorableCharacter = (text: string): boolean => SUSPECT.test(text) && UNSTORABLE.test(text);

// 1e400 parses to Infinity and 2**53 + 1 to a neighbour: either would be stored as a different number.
const numberKept = (n: number): boolean => Number.isFinite(n) && (!Number.isInteger(n) || Number.isSafeInteger(n));

/** The first flaw found in a parsed JSON value, depth-first; recursion never goes deeper than the limit. */
export const flawIn = (value: unknown, depth = 0): Flaw | undefined => {
  if (typeof value === 'string') return hasUnstorableCharacter(value) ? { kind: 'character', at: [] } : undefined;
  if (typeof value === 'number') return numberKept(value) ? undefined : { kind: 'number', at: [] };
  if (value === null || typeof value !== 'object') return undefined;
  if (depth >= MAX_JSON_DEPTH) return { kind: 'depth', at: [] };
  for (const key of Object.keys(value)) {
    if (hasUnstorableCharacter(key)) return { kind: 'character', at: ['(key)'] };
    // Parsed as an own property, then silently dropped by the validation pipe: refuse the attempt instead.
    if (key === '__proto__') return { kind: 'key', at: [key] };
    const flaw = flawIn((value as Record<string, unknown>)[key], depth + 1);
    if (flaw) return { kind: flaw.kind, at: [key, ...flaw.at] };
  }
  return undefined;
};

const shown = (key: string): string => (key.length > 40 ? `${key.slice(0, 40)}…` : key);

/** `body.items[2].name`: where the flaw is, for the problem detail. */
export const locate = (root: string, at: string[]): string =>
  at.slice(0, 6).reduce((path, key) => (/^\d+$/.test(key) ? `${path}[${key}]` : `${path}.${shown(key)}`), root) +
  (at.length > 6 ? '…' : '');

/** Bilingual problem detail for a flaw. */
export const describeFlaw = (where: string, kind: FlawKind): string =>
  kind === 'depth'
    ? `${where} 嵌套过深（最多 ${MAX_JSON_DEPTH} 层） / ${where} is nested too deeply (at most ${MAX_JSON_DEPTH} levels)`
    : kind === 'key'
      ? `${where} 是保留的键，不接受 / ${where} is a reserved key and is not accepted`
      : kind === 'number'
        ? `${where} 的数值超出可精确存储的范围 / ${where} holds a number that cannot be stored exactly`
        : `${where} 含有无法存储的字符（NUL 或孤立代理项） / ${where} contains a character that cannot be stored (NUL or a lone surrogate)`;
