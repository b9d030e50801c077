import { ApiOperation, HostileCase, OpenApiDocument, exampleOf } from './hostile-cases';

const RAW = '"__raw__"';
const deep = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
const deepArray = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

const wrongScalar = (value: unknown): unknown =>
  typeof value === 'string' ? 12345 : typeof value === 'number' ? '12' : typeof value === 'boolean' ? 'yes' : 'x';

// Spoils one property: `raw` is JSON text put in place as written (1e400 would not survive JSON.stringify).
const withValue = (base: Record<string, unknown>, key: string, value: unknown): string =>
  JSON.stringify({ ...base, [key]: value });
const withRaw = (base: Record<string, unknown>, key: string, raw: string): string =>
  JSON.stringify({ ...base, [key]: '__raw__' }).replace(RAW, raw);

const RAW_NUMBERS = ['1e400', '-1e400', '12345678901234567890'];
const perPropertyExtra = [
  (b: Record<string, unknown>, k: string) => ({ kind: 'NUL', body: withValue(b, k, 'a\u0000b') }),
  (b: Record<string, unknown>, k: string) => ({ kind: 'lone surrogate', body: withValue(b, k, 'x\ud800') }),
  (b: Record<string, unknown>, k: string) => ({ kind: 'object for value', body: withValue(b, k, { v: b[k] }) }),
  (b: Record<string, unknown>, k: string, i: number) => ({
    kind: `number ${RAW_NUMBERS[i % 3]}`,
    body: withRaw(b, k, RAW_NUMBERS[i % 3]),
  }),
  (b: Record<string, unknown>, k: string) => ({ kind: 'nested 3000 deep', body: withRaw(b, k, deepArray(3000)) }),
];

const propertyCases = (base: Record<string, unknown>, required: string[]) =>
  Object.keys(base).flatMap((key, i) => [
    { kind: `${key} wrong type`, body: withValue(base, key, wrongScalar(base[key])) },
    ...(required.includes(key) ? [{ kind: `${key} null`, body: withValue(base, key, null) }] : []),
    ...[perPropertyExtra[i % perPropertyExtra.length](base, key, i)].map((c) => ({ ...c, kind: `${key} ${c.kind}` })),
  ]);

const wholeBodyCases = (base: Record<string, unknown>, required: string[]) => {
  const first = Object.keys(base)[0] ?? 'x';
  const firstString = Object.keys(base).find((k) => typeof base[k] === 'string') ?? first;
  const invalidUtf8 = withValue(base, firstString, '__bytes__').split('__bytes__');
  return [
    { kind: 'nested 5000 deep', body: deep(5000) },
    { kind: 'NUL', body: withValue(base, firstString, 'a\u0000b') },
    { kind: 'lone surrogate', body: withValue(base, firstString, '\udc00tail') },
    { kind: 'number 1e400', body: withRaw(base, first, '1e400') },
    { kind: `${firstString} 100,000 characters`, body: withValue(base, firstString, 'x'.repeat(100_000)) },
    {
      kind: 'invalid UTF-8 bytes',
      body: Buffer.concat([Buffer.from(invalidUtf8[0]), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(invalidUtf8[1])]),
    },
    { kind: '__proto__ key', body: `{"__proto__":{"isAdmin":true},${JSON.stringify(base).slice(1)}` },
    { kind: 'array for object', body: JSON.stringify([base]) },
    { kind: 'null body', body: 'null' },
    { kind: 'string body', body: '"body"' },
    { kind: 'number body', body: '42' },
    // An empty JSON body is read as {}: a refusal only where the schema requires something.
    ...(required.length > 0 ? [{ kind: 'empty body', body: '' }] : []),
    { kind: 'malformed JSON', body: '{"a": "unclosed' },
    { kind: 'oversized 300 kB', body: withValue(base, first, 'x'.repeat(300_000)) },
    { kind: 'not JSON (text/plain)', body: JSON.stringify(base), contentType: 'text/plain' },
  ];
};

/** Every operation gets hostile bodies; those with a documented body get each of its properties spoilt too. */
export const bodyCases = (doc: OpenApiDocument, op: ApiOperation, path: string): HostileCase[] => {
  const schemaName = op.body?.$ref?.split('/').pop();
  const base = (op.body ? exampleOf(doc, op.body) : {}) as Record<string, unknown>;
  const required = schemaName ? (doc.components.schemas[schemaName].required ?? []) : [];
  const cases = op.body
    ? [...propertyCases(base, required), ...wholeBodyCases(base, required)]
    : [
        { kind: 'nested 5000 deep', body: deep(5000) },
        { kind: 'NUL', body: '{"a":"\\u0000"}' },
      ];
  return cases.map((c) => ({
    name: `${op.method} ${op.template}: body ${c.kind}`,
    method: op.method,
    path,
    body: c.body,
    contentType: (c as { contentType?: string }).contentType ?? 'application/json',
  }));
};
