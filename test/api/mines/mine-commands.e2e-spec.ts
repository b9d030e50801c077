import { ApiApp, startApiApp } from '../../support/api-app';

const registration = {
  name: '示范铁矿',
  siteType: 'underground',
  jurisdiction: '140404',
  enterprise: { name: '长治市上党区示范矿业有限公司', creditCode: '91140404MA0K000001' },
  principal: { name: '王建国' },
  responsiblePersons: [{ role: 'mine_manager', name: '李矿长' }],
};

describe('mine commands over HTTP', () => {
  let api: ApiApp;
  beforeAll(async () => (api = await startApiApp()));
  afterAll(() => api.close());

  const events = async (mineId: string) =>
    (
      await api.db.query<{ type: string }>(`SELECT type FROM events WHERE stream_id = $1 ORDER BY stream_position`, [
        `mine-${mineId}`,
      ])
    ).map((r) => r.type);

  it('registers a mine, answers { id, revision, position } with an ETag, and records the event', async () => {
    const leader = await api.login('leader.wang');
    const res = await api.http.post('/mines').set('Authorization', leader).send(registration).expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      revision: '0',
      position: expect.stringMatching(/^\d+$/),
      logPosition: expect.stringMatching(/^\d+\/\d+$/),
    });
    expect(res.headers.etag).toBe('W/"0"');
    expect(await events(res.body.id)).toEqual(['MineRegistered']);
    const got = await api.http.get(`/mines/${res.body.id}`).set('Authorization', leader).expect(200);
    expect(got.body).toMatchObject({ status: 'Producing', jurisdiction: '140404' });
  });

  it('refuses a stale If-Match with 412 and the current revision, and writes nothing', async () => {
    const leader = await api.login('leader.wang');
    const { body } = await api.http.post('/mines').set('Authorization', leader).send(registration).expect(201);
    const grade = { grade: 'B', reason: '年度评定 / annual grading' };
    await api.http
      .post(`/mines/${body.id}/risk-grade`)
      .set('Authorization', leader)
      .set('If-Match', 'W/"0"')
      .send(grade)
      .expect(200);
    const stale = await api.http
      .post(`/mines/${body.id}/risk-grade`)
      .set('Authorization', leader)
      .set('If-Match', 'W/"0"')
      .send({ ...grade, grade: 'C' });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ currentRevision: '1' });
    expect(stale.headers.etag).toBe('W/"1"');
    expect(await events(body.id)).toEqual(['MineRegistered', 'MineRiskGradeChanged']);
  });

  it('answers a retry with the same Idempotency-Key with the same response, writing once', async () => {
    const leader = await api.login('leader.wang');
    const send = () =>
      api.http
        .post('/mines')
        .set('Authorization', leader)
        .set('Idempotency-Key', 'register-demo-0001')
        .send(registration);
    const first = await send().expect(201);
    const second = await send().expect(201);
    expect(second.body).toEqual(first.body);
    expect(await events(first.body.id)).toEqual(['MineRegistered']);
    const reused = await api.http
      .post('/mines')
      .set('Authorization', leader)
      .set('Idempotency-Key', 'register-demo-0001')
      .send({ ...registration, name: '另一个矿' });
    expect(reused.status).toBe(422);
  });

  it('refuses roles and scopes that may not act: 401 without a token, 403 for others', async () => {
    await api.http.post('/mines').send(registration).expect(401);
    const staff = await api.login('enterprise.staff');
    await api.http.post('/mines').set('Authorization', staff).send(registration).expect(403);
    const outsider = await api.login('leader.wang');
    const res = await api.http
      .post('/mines')
      .set('Authorization', outsider)
      .send({ ...registration, jurisdiction: '140402' });
    expect(res.status).toBe(403);
  });

  it('validates the request and the reason', async () => {
    const leader = await api.login('leader.wang');
    const bad = await api.http
      .post('/mines')
      .set('Authorization', leader)
      .send({ ...registration, siteType: 'quarry', extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([expect.stringContaining('siteType'), expect.stringContaining('extra')]),
    );
  });
});
