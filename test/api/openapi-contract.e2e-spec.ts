import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@hazard-ledger/testing';
import { ApiApp, startApiApp } from '../support/api-app';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
interface Operation {
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
}
interface Document {
  security?: Record<string, string[]>[];
  paths: Record<string, Partial<Record<Method, Operation>>>;
}

interface LintProblem {
  ruleId: string;
  message: string;
  location: { pointer: string }[];
}

const operationsOf = (document: Document) =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ method: method as Method, path, operation: operation! })),
  );

/** Path parameters filled with a well-formed id; nothing else is needed to reach the guard and the body parser. */
const concrete = (path: string) => path.replace(/\{[^}]+\}/g, '6f1c2a4e-8d0b-4c55-9a57-3e1f0c9d2b11');

describe('the OpenAPI document generated from the app (/docs-json)', () => {
  let api: ApiApp;
  let document: Document;
  beforeAll(async () => {
    api = await startApiApp();
    document = (await api.http.get('/docs-json').expect(200)).body as Document;
  });
  afterAll(() => api.close());

  it('passes `redocly lint` with the recommended rules: no error, no warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      writeFileSync(file, JSON.stringify(document));
      // process.execPath: on the Node 24 pass (npm run test:node24) the linter runs on Node 24 too.
      const lint = spawnSync(
        process.execPath,
        [
          join(repoRoot, 'node_modules/@redocly/cli/bin/cli.js'),
          'lint',
          file,
          '--format=json',
          '--config',
          join(repoRoot, 'redocly.yaml'),
        ],
        { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off' } },
      );
      const report = JSON.parse(lint.stdout) as { totals: Record<string, number>; problems: LintProblem[] };
      const problems = report.problems.map((p) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`);
      expect({ totals: report.totals, problems }).toEqual({
        totals: { errors: 0, warnings: 0, ignored: 0 },
        problems: [],
      });
      expect(lint.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('declares on every operation whether it needs a token, and the guard agrees', async () => {
    expect(document.security).toEqual([{ bearer: [] }]);
    for (const { method, path, operation } of operationsOf(document)) {
      expect({ path, method, declared: Array.isArray(operation.security) }).toEqual({ path, method, declared: true });
      const isPublic = operation.security!.length === 0;
      const { status } = await api.http[method](concrete(path));
      expect({ path, method, isPublic, refusedWithoutToken: status === 401 }).toEqual({
        path,
        method,
        isPublic,
        refusedWithoutToken: !isPublic,
      });
    }
  });

  it('documents every 4xx answer as problem+json with the shared Problem schema', () => {
    for (const { method, path, operation } of operationsOf(document))
      for (const [status, response] of Object.entries(operation.responses).filter(([s]) => s.startsWith('4')))
        expect({ path, method, status, schema: response.content?.['application/problem+json']?.schema?.$ref }).toEqual({
          path,
          method,
          status,
          schema: '#/components/schemas/Problem',
        });
  });

  it('documents a 400 on every operation, and every operation answers a malformed JSON body with it', async () => {
    for (const { method, path, operation } of operationsOf(document)) {
      expect({ path, method, documents400: '400' in operation.responses }).toEqual({
        path,
        method,
        documents400: true,
      });
      const res = await api.http[method](concrete(path)).set('Content-Type', 'application/json').send('{"a":');
      expect({ path, method, status: res.status, type: res.headers['content-type'] }).toEqual({
        path,
        method,
        status: 400,
        type: expect.stringMatching(/^application\/problem\+json/),
      });
    }
  });

  it('documents 401 and 403 problem+json on every operation that needs a token', () => {
    const secured = operationsOf(document).filter(({ operation }) => operation.security?.length !== 0);
    expect(secured.length).toBeGreaterThan(40);
    for (const { method, path, operation } of secured)
      expect({ path, method, statuses: Object.keys(operation.responses) }).toEqual({
        path,
        method,
        statuses: expect.arrayContaining(['401', '403']),
      });
  });
});
