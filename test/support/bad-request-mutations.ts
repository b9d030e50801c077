/** A request that must be refused with a 4xx problem and write nothing. */
export interface BadRequest {
  name: string;
  path: string;
  username: string;
  body?: unknown;
  raw?: { contentType: string; payload: string };
  headers?: Record<string, string>;
}

const WRONG_TYPE = (value: unknown): unknown =>
  typeof value === 'string'
    ? 12345
    : typeof value === 'number'
      ? 'not-a-number'
      : Array.isArray(value)
        ? 'not-an-array'
        : typeof value === 'object'
          ? 'not-an-object'
          : { not: 'a-scalar' };

const without = (body: Record<string, unknown>, field: string) =>
  Object.fromEntries(Object.entries(body).filter(([k]) => k !== field));

/**
 * Mutations of one valid request: each field of the wrong type, null, missing (unless `optional`), blank and
 * oversized when text, not a date or far ahead when a time; then an unknown field, an array body, malformed JSON,
 * a wrong content type and bad If-Match / Idempotency-Key headers.
 */
export const mutationsOf = (
  name: string,
  path: string,
  username: string,
  body: Record<string, unknown>,
  optional: readonly string[] = [],
): BadRequest[] => {
  const out: BadRequest[] = [];
  const add = (what: string, b: unknown) => out.push({ name: `${name}: ${what}`, path, username, body: b });
  for (const [field, value] of Object.entries(body)) {
    add(`${field} of the wrong type`, { ...body, [field]: WRONG_TYPE(value) });
    if (!optional.includes(field)) {
      add(`${field} null`, { ...body, [field]: null });
      add(`${field} missing`, without(body, field));
    }
    if (typeof value === 'string') {
      add(`${field} 200k characters`, { ...body, [field]: '文'.repeat(200_000) });
      add(`${field} blank`, { ...body, [field]: '   ' });
    }
    if (/At$/.test(field)) {
      add(`${field} not a date`, { ...body, [field]: '2024-13-45T25:61:00Z' });
      add(`${field} far in the future`, { ...body, [field]: '2999-01-01T00:00:00.000Z' });
    }
  }
  add('unknown field', { ...body, isAdmin: true });
  add('array instead of object', [body]);
  out.push({
    name: `${name}: malformed JSON`,
    path,
    username,
    raw: { contentType: 'application/json', payload: '{"reason": "未闭合' },
  });
  out.push({
    name: `${name}: wrong content type`,
    path,
    username,
    raw: { contentType: 'text/plain', payload: JSON.stringify(body) },
  });
  out.push({ name: `${name}: bad If-Match`, path, username, body, headers: { 'If-Match': 'revision five' } });
  out.push({ name: `${name}: bad Idempotency-Key`, path, username, body, headers: { 'Idempotency-Key': 'x' } });
  return out;
};
