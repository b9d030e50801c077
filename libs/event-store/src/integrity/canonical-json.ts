import { canonicalize } from 'json-canonicalize';
import { InvalidEventPayload } from '../errors';

// json-canonicalize (RFC 8785) accepts lone surrogates, which the RFC says to reject; PostgreSQL jsonb
// refuses \u0000. Either would make the stored bytes differ from what was hashed, so both are refused here.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Throws InvalidEventPayload for anything JSON/jsonb would not store exactly as hashed. */
export const assertStorable = (value: unknown, path = '$'): void => {
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) throw new InvalidEventPayload(`${path}: lone UTF-16 surrogate`);
    if (value.includes('\u0000')) throw new InvalidEventPayload(`${path}: NUL character`);
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new InvalidEventPayload(`${path}: non-finite number`);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => assertStorable(item, `${path}[${i}]`));
  } else if (value !== null && typeof value === 'object') {
    // Only plain objects: a Date or class instance would hash differently from what JSON.stringify stores.
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null)
      throw new InvalidEventPayload(`${path}: ${(value as object).constructor?.name ?? 'object'} is not plain JSON`);
    for (const [key, item] of Object.entries(value)) {
      assertStorable(key, `${path}.<key>`);
      if (item !== undefined) assertStorable(item, `${path}.${key}`);
    }
  } else if (typeof value !== 'boolean' && value !== null && value !== undefined) {
    throw new InvalidEventPayload(`${path}: ${typeof value} is not JSON`);
  }
};

/** RFC 8785 (JCS) canonical form: what the hash chain hashes, so anyone can recompute it. */
export const canonicalJson = (value: unknown): string => {
  assertStorable(value, '$');
  return canonicalize(value);
};

/** For content already checked by assertStorable (appends) or read back from the store (verification). */
export const canonicalJsonOfCheckedValue = (value: unknown): string => canonicalize(value);

/** Drops `undefined` members the way JSON.stringify does, so stored and hashed content agree. */
export const toPlainJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
