import { ApiApp, startApiApp } from '../support/api-app';

describe('errors as RFC 9457 problem+json', () => {
  let api: ApiApp;
  beforeAll(async () => (api = await startApiApp()));
  afterAll(() => api.close());

  const expectProblem = (
    res: { status: number; headers: Record<string, string>; body: Record<string, unknown> },
    status: number,
  ) => {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status, type: expect.any(String), title: expect.stringMatching(/ \/ /) });
    expect(String(res.body.detail)).toMatch(/ \/ /);
  };

  it('answers an unknown route with 404', async () => {
    const res = await api.http.get('/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });

  it('refuses a body that is not JSON with 415', async () =>
    expectProblem(await api.http.post('/projections').set('Content-Type', 'text/plain').send('hello'), 415));

  it('refuses malformed JSON with 400', async () =>
    expectProblem(await api.http.post('/projections').set('Content-Type', 'application/json').send('{"a":'), 400));

  it('refuses a body over the size limit with 413', async () =>
    expectProblem(
      await api.http
        .post('/projections')
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ a: 'x'.repeat(300_000) })),
      413,
    ));
});
