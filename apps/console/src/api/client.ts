import { Session } from './session';

/** RFC 9457 problem+json as the API writes it: bilingual title/detail, class-validator errors for field faults. */
export interface Problem {
  status: number;
  title: string;
  detail: string;
  errors?: unknown[];
  [extension: string]: unknown;
}

export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
  }
}

/** What every read of a projection carries: the snapshot it answers from and how far behind the log it was. */
export interface Freshness {
  asOfPosition?: string;
  lagMs?: number;
  asOf?: string;
  validAt?: string;
  /** When the browser received the answer. */
  receivedAt: string;
}

export interface Answer<T> {
  body: T;
  freshness: Freshness;
  headers: Headers;
}

export type Query = Record<string, string | number | boolean | undefined | null>;

const queryString = (query: Query = {}): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
};

const problemOf = async (response: Response): Promise<Problem> => {
  try {
    return (await response.json()) as Problem;
  } catch {
    return { status: response.status, title: `HTTP ${response.status}`, detail: response.statusText };
  }
};

export const request = async <T>(
  session: Session | null,
  method: 'GET' | 'POST',
  path: string,
  options: { query?: Query; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer<T>> => {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (session) headers.Authorization = `Bearer ${session.token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path + queryString(options.query), {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  if (!response.ok) throw new ApiProblem(await problemOf(response));
  const body = (await response.json()) as T & Partial<Freshness>;
  return {
    body,
    headers: response.headers,
    freshness: {
      asOfPosition: body.asOfPosition,
      lagMs: body.lagMs,
      asOf: body.asOf,
      validAt: body.validAt,
      receivedAt: new Date().toISOString(),
    },
  };
};

/** Downloads an export (xlsx) with the token, as a file the browser saves. */
export const download = async (session: Session, path: string, query: Query, fileName: string): Promise<void> => {
  const response = await fetch(path + queryString(query), { headers: { Authorization: `Bearer ${session.token}` } });
  if (!response.ok) throw new ApiProblem(await problemOf(response));
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
};
