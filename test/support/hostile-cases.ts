/**
 * Hostile requests generated from the OpenAPI document: for every operation, bad path ids, bad query values,
 * NUL in headers, and bodies that are deep, unstorable, of the wrong type, huge, empty or not JSON. Fixed
 * (no randomness), so a failure names the same request every run.
 */
type Schema = { $ref?: string; type?: string; enum?: unknown[]; example?: unknown; items?: Schema } & {
  properties?: Record<string, Schema>;
  required?: string[];
};
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  schema?: Schema;
}
export interface ApiOperation {
  method: string;
  template: string;
  parameters: Parameter[];
  body?: Schema;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: unknown }>>;
  components: { schemas: Record<string, Schema> };
}
export interface HostileCase {
  name: string;
  method: string;
  path: string;
  /** Raw JSON text or bytes (keeps 1e400, lone-surrogate escapes and invalid UTF-8 as written). */
  body?: string | Buffer;
  contentType?: string;
  /** Sent on a bare socket instead: a request line and headers Node's client refuses to write. */
  rawHead?: string;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export const operationsOf = (doc: OpenApiDocument): ApiOperation[] =>
  Object.entries(doc.paths).flatMap(([template, item]) =>
    METHODS.filter((m) => item[m]).map((m) => {
      const body = (item[m].requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)?.content?.[
        'application/json'
      ]?.schema;
      return { method: m.toUpperCase(), template, parameters: item[m].parameters ?? [], body };
    }),
  );

const resolve = (doc: OpenApiDocument, schema: Schema): Schema =>
  schema.$ref ? doc.components.schemas[schema.$ref.split('/').pop() as string] : schema;

/** A body the schema accepts, from its examples: the base that each body case spoils in one place. */
export const exampleOf = (doc: OpenApiDocument, schema: Schema): unknown => {
  const s = resolve(doc, schema);
  if (s.example !== undefined) return s.example;
  if (s.enum) return s.enum[0];
  if (s.type === 'array') return s.items ? [exampleOf(doc, s.items)] : [];
  if (s.properties) return Object.fromEntries(Object.entries(s.properties).map(([k, p]) => [k, exampleOf(doc, p)]));
  return s.type === 'number' || s.type === 'integer' ? 1 : s.type === 'boolean' ? true : 'x';
};

// Percent-encoded as a client would put them in a URL.
const EDGE_VALUES: Record<string, string> = {
  NUL: '%00',
  'NUL inside': 'abc%00def',
  'lone surrogate (CESU-8)': '%ED%A0%80',
  'invalid UTF-8': '%FF%FE',
  'malformed %': '%zz',
};
const BAD_IDS: Record<string, string> = {
  ...EDGE_VALUES,
  huge: 'a'.repeat(4000),
  'dot segments': '..%2F..%2Fetc%2Fpasswd',
  '1e400': '1e400',
  negative: '-1',
  null: 'null',
};

export const pathCases = (op: ApiOperation, fill: (name: string) => string): HostileCase[] =>
  op.parameters
    .filter((p) => p.in === 'path')
    .flatMap((param) =>
      Object.entries(BAD_IDS).map(([kind, value]) => ({
        name: `${op.method} ${op.template}: path ${param.name} ${kind}`,
        method: op.method,
        path: op.template.replace(/\{(\w+)\}/g, (_, name: string) => (name === param.name ? value : fill(name))),
      })),
    );

// A value the parameter's documented schema refuses, beside the characters nothing may hold.
const schemaViolation = (schema: Schema | undefined): string | undefined =>
  schema?.enum
    ? 'not-in-the-enum'
    : schema?.type === 'number'
      ? '1e400'
      : schema?.type === 'boolean'
        ? 'maybe'
        : undefined;

export const queryCases = (op: ApiOperation, path: string): HostileCase[] => {
  const edge = Object.entries(EDGE_VALUES);
  const params = [...op.parameters.filter((p) => p.in === 'query'), { name: 'unknown', in: 'query' as const }];
  return params.flatMap((param, i) => {
    const [kind, value] = edge[i % edge.length];
    const violation = schemaViolation((param as Parameter).schema);
    const at = (v: string) => `${path}?${param.name}=${v}`;
    return [
      { name: `${op.method} ${op.template}: query ${param.name} ${kind}`, method: op.method, path: at(value) },
      ...(violation
        ? [
            {
              name: `${op.method} ${op.template}: query ${param.name}=${violation}`,
              method: op.method,
              path: at(violation),
            },
          ]
        : []),
    ];
  });
};

export const headerCases = (op: ApiOperation, path: string): HostileCase[] =>
  ['Idempotency-Key', 'If-Match', 'X-Access-Purpose', 'Authorization'].map((header) => ({
    name: `${op.method} ${op.template}: NUL in ${header}`,
    method: op.method,
    path,
    rawHead: `${op.method} ${path} HTTP/1.1\r\nHost: localhost\r\n${header}: a\u0000b\r\nConnection: close\r\n\r\n`,
  }));
