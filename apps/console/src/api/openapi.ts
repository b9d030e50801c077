/** The parts of the API's own OpenAPI document (/docs-json) the console generates its filters and forms from. */
export interface Schema {
  type?: string;
  format?: string;
  enum?: (string | number)[];
  description?: string;
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  $ref?: string;
  allOf?: Schema[];
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}

export interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header';
  required?: boolean;
  description?: string;
  schema?: Schema;
}

export interface Operation {
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Partial<Record<'get' | 'post', Operation>>>;
  components?: { schemas?: Record<string, Schema> };
}

let loading: Promise<OpenApiDocument> | undefined;

export const loadOpenApi = (): Promise<OpenApiDocument> => {
  loading ??= fetch('/docs-json').then((r) => r.json() as Promise<OpenApiDocument>);
  return loading;
};

/** Follows $ref and merges allOf, so a form sees plain properties. */
export const resolve = (doc: OpenApiDocument, schema: Schema | undefined): Schema => {
  if (!schema) return {};
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() as string;
    return resolve(doc, doc.components?.schemas?.[name]);
  }
  if (schema.allOf) {
    const parts = schema.allOf.map((s) => resolve(doc, s));
    return {
      ...schema,
      type: 'object',
      properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
      required: parts.flatMap((p) => p.required ?? []),
      allOf: undefined,
    };
  }
  return schema;
};

export const requestSchema = (doc: OpenApiDocument, path: string): Schema | undefined => {
  const operation = doc.paths[path]?.post;
  const schema = operation?.requestBody?.content?.['application/json']?.schema;
  return schema ? resolve(doc, schema) : undefined;
};

// Time and paging are the console's own controls (as-of, read-your-writes, pager), not filters.
const CONTROLLED = new Set(['asOf', 'validAt', 'minPosition', 'cursor', 'limit', 'format']);

export const filterParameters = (doc: OpenApiDocument, path: string): Parameter[] =>
  (doc.paths[path]?.get?.parameters ?? []).filter((p) => p.in === 'query' && !CONTROLLED.has(p.name));

export const acceptsQuery = (doc: OpenApiDocument, path: string, name: string): boolean =>
  (doc.paths[path]?.get?.parameters ?? []).some((p) => p.in === 'query' && p.name === name);
