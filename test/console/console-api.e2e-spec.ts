import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { HAZARD_STEP_ROUTES } from '../../apps/api/src/console/get-hazard-steps/hazard-step-routes';
import { consoleDir } from '../../apps/api/src/console/serve-console/console-files';
import { ApiApp } from '../support/api-app';
import { finding } from '../support/hazard-requests';
import { startWithDemoMines } from '../api/hazards/hazard-steps';

interface Step {
  command: string;
  path: string;
  signed: boolean;
  meaning?: { code: string; text: string };
}

describe('the console over HTTP: its page at /, its assets, and the steps a user may take now', () => {
  let api: ApiApp;
  let hazardId: string;
  let paths: Record<string, Record<string, unknown>>;
  const steps = async (username: string, id = hazardId) =>
    api.http.get(`/console/hazards/${id}/steps`).set('Authorization', await api.login(username));
  const stepsAnswer = async (username: string, status: number) => {
    const res = await steps(username);
    expect({ username, status: res.status }).toEqual({ username, status });
    return res;
  };

  beforeAll(async () => {
    api = await startWithDemoMines();
    const res = await api.http
      .post('/hazards')
      .set('Authorization', await api.login('enterprise.staff'))
      .send({ mineId: 'mine-demo-1', ...finding(), source: 'self_check' })
      .expect(201);
    hazardId = res.body.id;
    paths = (await api.http.get('/docs-json').expect(200)).body.paths;
  });
  afterAll(() => api.close());

  it('serves the built console at / without a token, under a CSP that allows no inline or foreign script', async () => {
    expect(existsSync(join(consoleDir(), 'index.html'))).toBe(true); // npm test builds it (pretest → build)
    const page = await api.http.get('/').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const script = /src="(\/console\/assets\/[^"]+\.js)"/.exec(page.text)?.[1];
    expect(page.text).not.toMatch(/<script>(?!<\/script>)/);
    const asset = await api.http.get(script as string).expect(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('answers an unknown or crafted asset name with a 404 problem, never a file outside the build', async () => {
    for (const name of ['nope.js', '..%2F..%2Fpackage.json', '.env']) {
      const res = await api.http.get(`/console/assets/${name}`);
      expect({ name, status: res.status, type: res.headers['content-type'] }).toEqual({
        name,
        status: 404,
        type: expect.stringMatching(/^application\/problem\+json/),
      });
    }
  });

  it('is not an API operation (absent from /docs-json), while the steps read is one, guarded by a token', async () => {
    expect(paths['/']).toBeUndefined();
    expect(Object.keys(paths).filter((p) => p.startsWith('/console/assets'))).toEqual([]);
    expect(paths['/console/hazards/{id}/steps']).toHaveProperty('get');
    await api.http.get(`/console/hazards/${hazardId}/steps`).expect(401);
  });

  it('names for every hazard command an operation of the OpenAPI document, whose request schema the form is built from', () => {
    for (const [command, path] of Object.entries(HAZARD_STEP_ROUTES))
      expect({ command, post: Boolean(paths[path]?.post) }).toEqual({ command, post: true });
  });

  it('offers the principal the determinations of a discovered hazard, the signed one with its meaning', async () => {
    const res = await stepsAnswer('enterprise.principal', 200);
    expect(res.body).toMatchObject({ hazardId, status: 'discovered', revision: '0' });
    const offered = res.body.steps as Step[];
    expect(offered.find((s) => s.command === 'DetermineMajorHazard')).toEqual({
      command: 'DetermineMajorHazard',
      method: 'post',
      path: '/hazards/{id}/major-determination',
      signed: true,
      meaning: { code: 'major_hazard_determined', text: '重大事故隐患判定 / major hazard determined' },
    });
    expect(offered.map((s) => s.command)).toContain('DetermineGeneralHazard');
    // Steps of later states (a plan, a 销号) are not offered to a hazard that is only discovered.
    expect(offered.map((s) => s.command)).not.toEqual(expect.arrayContaining(['SubmitRemediationPlan']));
    expect(offered.map((s) => s.command)).not.toContain('SignOffHazard');
  });

  it('offers nothing to roles that change nothing, and refuses readers outside the scope', async () => {
    for (const username of ['auditor', 'investigator']) {
      const res = await stepsAnswer(username, 200);
      expect({ username, steps: res.body.steps }).toEqual({ username, steps: [] });
    }
    await stepsAnswer('enterprise.other', 403);
    await stepsAnswer('inspector.other', 403);
    const missing = await steps('enterprise.principal', '6f1c2a4e-8d0b-4c55-9a57-3e1f0c9d2b11');
    expect(missing.status).toBe(404);
  });
});
