/** Generators of bad requests from one valid body (every field wrong or missing, nested ones by path; bad envelopes). */
export interface BadRequest {
  name: string;
  method: 'get' | 'post';
  path: string;
  username: string;
  body?: unknown;
  raw?: { contentType: string; payload: string };
  headers?: Record<string, string>;
}

const WRONG: unknown[] = [null, 12345, 'not-a-number', -1, 1.5, [], {}, true, '隐'.repeat(200_000)];

/** Every field (nested ones by path) replaced by each wrong value that is not itself valid there. */
export const fieldMutations = (name: string, path: string, username: string, body: Record<string, unknown>) => {
  const out: BadRequest[] = [];
  const walk = (value: unknown, at: string[]) => {
    const isLeaf = value === null || typeof value !== 'object';
    if (!isLeaf && at.length < 3) for (const [k, v] of Object.entries(value as object)) walk(v, [...at, k]);
    if (at.length === 0) return;
    for (const wrong of WRONG.filter((w) => typeof w !== typeof value || (typeof value === 'number' && w !== value))) {
      if (typeof value === 'number' && typeof wrong === 'number' && wrong >= 0 && Number.isInteger(wrong)) continue;
      out.push({
        name: `${name}: ${at.join('.')} = ${String(wrong).slice(0, 12)}`,
        method: 'post',
        path,
        username,
        body: setAt(body, at, wrong),
      });
    }
    out.push({
      name: `${name}: ${at.join('.')} missing`,
      method: 'post',
      path,
      username,
      body: setAt(body, at, undefined),
    });
  };
  walk(body, []);
  return out;
};

const setAt = (body: unknown, at: string[], value: unknown): unknown => {
  if (at.length === 0) return value;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(body) ? [...body] : { ...(body as object) };
  const next = setAt((copy as Record<string, unknown>)[at[0]], at.slice(1), value);
  if (next === undefined && at.length === 1) delete (copy as Record<string, unknown>)[at[0]];
  else (copy as Record<string, unknown>)[at[0]] = next;
  return copy;
};

export const envelopeMutations = (name: string, path: string, username: string, body: object): BadRequest[] => [
  { name: `${name}: unknown field`, method: 'post', path, username, body: { ...body, isAdmin: true } },
  { name: `${name}: array instead of object`, method: 'post', path, username, body: [body] },
  {
    name: `${name}: malformed JSON`,
    method: 'post',
    path,
    username,
    raw: { contentType: 'application/json', payload: '{"x": "未闭合' },
  },
  {
    name: `${name}: wrong content type`,
    method: 'post',
    path,
    username,
    raw: { contentType: 'text/plain', payload: JSON.stringify(body) },
  },
  { name: `${name}: bad If-Match`, method: 'post', path, username, body, headers: { 'If-Match': 'revision five' } },
  { name: `${name}: bad Idempotency-Key`, method: 'post', path, username, body, headers: { 'Idempotency-Key': 'x' } },
];
