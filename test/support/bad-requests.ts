import { ApiApp } from './api-app';

/** A request that must be refused with a 4xx problem and write nothing. */
export interface BadRequest {
  name: string;
  /** POST unless said otherwise. */
  method?: 'get' | 'post';
  path: string;
  username: string;
  body?: unknown;
  raw?: { contentType: string; payload: string };
  headers?: Record<string, string>;
}

type Json = Record<string, unknown>;

const OVERSIZED = '文'.repeat(200_000);

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

const without = (body: Json, field: string): Json =>
  Object.fromEntries(Object.entries(body).filter(([k]) => k !== field));

/** What the flat generator makes of each field. */
export interface FlatOptions {
  /** Fields that may be absent or null: no "null" / "missing" case for them. */
  optional?: readonly string[];
  /** "null" and "missing" cases for the required fields (default true). */
  nullAndMissing?: boolean;
  /** A "blank" case for each text field (default false). */
  blank?: boolean;
  /** Which fields are times: "not a date" and "far in the future" cases (default: names ending in At). */
  dateField?: RegExp;
  /**
   * Array fields: "empty" (unless named here as allowed to be empty) and "1000 items", and the fields of the first
   * item (when an object) mutated in turn by path (`field[0].inner`). Off unless given.
   */
  arrays?: { mayBeEmpty: readonly string[] };
}

/** Each field of one valid body mutated alone, as a label and the mutated body. */
const flatFieldMutations = (body: Json, o: FlatOptions, prefix = ''): { label: string; body: Json }[] => {
  const out: { label: string; body: Json }[] = [];
  const add = (label: string, b: Json) => out.push({ label: `${prefix}${label}`, body: b });
  for (const [field, value] of Object.entries(body)) {
    const set = (v: unknown) => ({ ...body, [field]: v });
    add(`${field} of the wrong type`, set(WRONG_TYPE(value)));
    if ((o.nullAndMissing ?? true) && !(o.optional ?? []).includes(field)) {
      add(`${field} null`, set(null));
      add(`${field} missing`, without(body, field));
    }
    if (typeof value === 'string') {
      add(`${field} 200k characters`, set(OVERSIZED));
      if (o.blank) add(`${field} blank`, set('   '));
    }
    if ((o.dateField ?? /At$/).test(field)) {
      add(`${field} not a date`, set('2024-13-45T25:61:00Z'));
      add(`${field} far in the future`, set('2999-01-01T00:00:00.000Z'));
    }
    if (o.arrays && Array.isArray(value)) {
      if (!o.arrays.mayBeEmpty.includes(field)) {
        add(`${field} empty`, set([]));
        add(`${field} 1000 items`, set(Array(1000).fill(value[0])));
      }
      if (value[0] && typeof value[0] === 'object')
        for (const inner of flatFieldMutations(value[0] as Json, o, `${field}[0].`))
          out.push({ label: `${prefix}${inner.label}`, body: set([inner.body, ...value.slice(1)]) });
    }
  }
  return out;
};

/**
 * Flat mutations of one valid request: each field of the wrong type, null and missing (unless optional), oversized
 * (and blank, if asked) when text, not a date or far ahead when a time, arrays empty or huge (if asked); then the
 * bad envelopes.
 */
export const mutationsOf = (
  name: string,
  path: string,
  username: string,
  body: Json,
  options: FlatOptions = {},
): BadRequest[] => [
  ...flatFieldMutations(body, options).map((m) => ({ name: `${name}: ${m.label}`, path, username, body: m.body })),
  ...envelopeMutations(name, path, username, body),
];

const WRONG: unknown[] = [null, 12345, 'not-a-number', -1, 1.5, [], {}, true, '隐'.repeat(200_000)];

const setAt = (body: unknown, at: string[], value: unknown): unknown => {
  if (at.length === 0) return value;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(body) ? [...body] : { ...(body as object) };
  const next = setAt((copy as Json)[at[0]], at.slice(1), value);
  if (next === undefined && at.length === 1) delete (copy as Json)[at[0]];
  else (copy as Json)[at[0]] = next;
  return copy;
};

/** Every field (nested ones by path, three deep) replaced by each wrong value that is not itself valid there, or missing. */
export const fieldMutations = (name: string, path: string, username: string, body: Json): BadRequest[] => {
  const out: BadRequest[] = [];
  const walk = (value: unknown, at: string[]) => {
    const isLeaf = value === null || typeof value !== 'object';
    if (!isLeaf && at.length < 3) for (const [k, v] of Object.entries(value as object)) walk(v, [...at, k]);
    if (at.length === 0) return;
    for (const wrong of WRONG.filter((w) => typeof w !== typeof value || (typeof value === 'number' && w !== value))) {
      if (typeof value === 'number' && typeof wrong === 'number' && wrong >= 0 && Number.isInteger(wrong)) continue;
      out.push({
        name: `${name}: ${at.join('.')} = ${String(wrong).slice(0, 12)}`,
        path,
        username,
        body: setAt(body, at, wrong),
      });
    }
    out.push({ name: `${name}: ${at.join('.')} missing`, path, username, body: setAt(body, at, undefined) });
  };
  walk(body, []);
  return out;
};

/** Bad envelopes around one valid body: extra field, array body, malformed JSON, wrong content type, bad headers. */
export const envelopeMutations = (name: string, path: string, username: string, body: object): BadRequest[] => [
  { name: `${name}: unknown field`, path, username, body: { ...body, isAdmin: true } },
  { name: `${name}: array instead of object`, path, username, body: [body] },
  {
    name: `${name}: malformed JSON`,
    path,
    username,
    raw: { contentType: 'application/json', payload: '{"reason": "未闭合' },
  },
  {
    name: `${name}: wrong content type`,
    path,
    username,
    raw: { contentType: 'text/plain', payload: JSON.stringify(body) },
  },
  { name: `${name}: bad If-Match`, path, username, body, headers: { 'If-Match': 'revision five' } },
  { name: `${name}: bad Idempotency-Key`, path, username, body, headers: { 'Idempotency-Key': 'x' } },
];

export const eventCount = async (api: ApiApp): Promise<number> =>
  (await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events`))[0].n;

/**
 * The bad-request suite: `setup` starts the app and generates the cases (at least `atLeast`, all named apart); each
 * is sent and must be answered 4xx application/problem+json, and the event count must not move.
 */
export const describeBadRequests = (
  title: string,
  label: string,
  setup: () => Promise<{ api: ApiApp; cases: BadRequest[] }>,
  atLeast = 200,
): void =>
  describe(title, () => {
    let api: ApiApp;
    let cases: BadRequest[] = [];
    let eventsBefore = 0;

    beforeAll(async () => {
      ({ api, cases } = await setup());
      eventsBefore = await eventCount(api);
    });
    afterAll(() => api.close());

    it(`generates at least ${atLeast} distinct bad requests`, () => {
      process.stdout.write(`${label} bad requests generated: ${cases.length}\n`);
      expect(cases.length).toBeGreaterThanOrEqual(atLeast);
      expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    });

    it('answers each with a 4xx application/problem+json (title and detail, Chinese and English) and writes no event', async () => {
      const failures: string[] = [];
      for (const c of cases) {
        const method = c.method ?? 'post';
        let req = api.http[method](c.path).set('Authorization', await api.login(c.username));
        for (const [header, value] of Object.entries(c.headers ?? {})) req = req.set(header, value);
        const res = c.raw
          ? await req.set('Content-Type', c.raw.contentType).send(c.raw.payload)
          : method === 'post'
            ? await req.send(c.body as object)
            : await req;
        const problem = res.body as { title?: unknown; detail?: unknown };
        const ok =
          res.status >= 400 &&
          res.status < 500 &&
          /application\/problem\+json/.test(res.headers['content-type'] ?? '') &&
          typeof problem.title === 'string' &&
          typeof problem.detail === 'string' &&
          /[\u4e00-\u9fff]/.test(`${problem.title}${problem.detail}`) &&
          /[A-Za-z]/.test(`${problem.title}${problem.detail}`);
        if (!ok) failures.push(`${c.name} → ${res.status} ${res.headers['content-type']}`);
      }
      expect(failures).toEqual([]);
      expect(await eventCount(api)).toBe(eventsBefore);
    });
  });
