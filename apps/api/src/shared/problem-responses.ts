import { ApiResponse, ContentObject, ResponseObject, SchemaObject } from '@nestjs/swagger';

/** RFC 9457 problem details, the body of every 4xx/5xx answer (see problem-details.filter.ts). */
export const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'instance'],
  additionalProperties: true,
  properties: {
    type: { type: 'string', format: 'uri', description: '问题类型 / problem type URI' },
    title: { type: 'string', description: '中文 / English summary of the problem type' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string', description: '本次请求的说明 / what went wrong with this request' },
    instance: { type: 'string', description: '请求路径 / the request path' },
    errors: { type: 'array', items: {}, description: '字段校验错误 / field validation errors (400 only)' },
  },
};

export const PROBLEM_SCHEMA_NAME = 'Problem';
const EXAMPLE_PATH = '/hazards/6f1c2a4e-8d0b-4c55-9a57-3e1f0c9d2b11/closure';

/** The body of a documented problem answer: the shared schema, with an example when one is given. */
export const problemContent = (example?: object): ContentObject => ({
  'application/problem+json': { schema: { $ref: `#/components/schemas/${PROBLEM_SCHEMA_NAME}` }, example },
});

/** A documented problem answer: the shared schema plus an example of this status. */
export const problemResponse = (status: number, title: string, detail: string): ResponseObject => ({
  description: title,
  content: problemContent({
    type: `https://hazard-ledger.example/problems/${status}`,
    title,
    status,
    detail,
    instance: EXAMPLE_PATH,
  }),
});

export const ApiProblemResponse = (status: number, title: string, detail: string) =>
  ApiResponse({ status, ...problemResponse(status, title, detail) });

/** The answers every operation can give, whatever its handler: added by the document builder where missing. */
export const EDGE_PROBLEMS = {
  badRequest: problemResponse(
    400,
    '请求无效 / Bad request',
    '请求体不是合法的 JSON / The request body is not valid JSON',
  ),
  unauthenticated: problemResponse(
    401,
    '未认证 / Unauthenticated',
    '缺少或无效的令牌 / Missing or invalid bearer token',
  ),
  unknownRole: problemResponse(
    403,
    '无权限 / Forbidden',
    '令牌中没有本系统的角色 / The token carries no role known to this system',
  ),
};
