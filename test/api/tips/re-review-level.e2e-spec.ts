import { ApiApp } from '../../support/api-app';
import { addOtherDistrictLeader } from '../../support/matrix-actors';
import { STALE } from '../../support/matrix-cells';
import { TipLinks, receiveBody, startTipsApp, stepBodies, tipSteps } from '../../support/tip-steps';

/**
 * Review finding 2: 异议 → 复查 "routed to the next level up" (domain.md §6.1). The district's tips (140404 上党区) are
 * re-reviewed by a leader of 长治市 (140400), never by the district bureau that handled them.
 */
describe('复查 after an objection: the next level up, not the same bureau', () => {
  let api: ApiApp;
  let links: TipLinks;
  let tipId = '';

  beforeAll(async () => {
    ({ api, links } = await startTipsApp());
    await addOtherDistrictLeader(api);
    tipId = (
      await api.http
        .post('/tips')
        .set('Authorization', await api.login('inspector.zhang'))
        .send(receiveBody({ anonymous: true, internal: false }))
        .expect(201)
    ).body.id;
    const b = stepBodies(links);
    const { post } = tipSteps(api);
    // The objection's receivedAt is taken when it is sent: after the feedback.
    for (const [username, path, body] of [
      ['inspector.zhang', 'acceptance', b.accept],
      ['leader.wang', 'assignment', b.assign],
      ['inspector.li', 'verification', b.verify],
      ['inspector.li', 'handling', b.handle],
      ['inspector.li', 'feedback', b.feedback],
      ['inspector.zhang', 'objections', b.objection],
    ] as const)
      expect((await post(username, `/tips/${tipId}/${path}`, typeof body === 'function' ? body() : body)).status).toBe(
        200,
      );
  });
  afterAll(() => api.close());

  const reReview = async (username: string, ifMatch?: string) => {
    const req = api.http
      .post(`/tips/${tipId}/re-review`)
      .set('Authorization', await api.login(username))
      .send(stepBodies(links).reReview);
    return ifMatch ? req.set('If-Match', ifMatch) : req;
  };

  it('refuses the district’s own leader who took no part and a neighbouring district’s (403, nothing written)', async () => {
    const events = async () => (await api.db.query<{ n: number }>('SELECT count(*)::int AS n FROM events'))[0].n;
    const before = await events();
    expect({
      sameDistrict: (await reReview('leader.zhao')).status,
      neighbour: (await reReview('leader.other', STALE)).status,
      written: (await events()) - before,
    }).toEqual({ sameDistrict: 403, neighbour: 403, written: 0 });
  });

  it('lets the city bureau’s leader read the tip and record the 复查', async () => {
    const read = await api.http.get(`/tips/${tipId}`).set('Authorization', await api.login('leader.city'));
    expect(read.status).toBe(200);
    expect((await reReview('leader.city')).status).toBe(200);
    const [row] = await api.db.query<{ type: string; by: string }>(
      `SELECT type, data->>'by' AS by FROM events WHERE stream_id = $1 ORDER BY stream_position DESC LIMIT 1`,
      [`tip-${tipId}`],
    );
    expect(row).toEqual({ type: 'TipReReviewed', by: 'u-leader-city' });
  });
});
