import { DataSource } from 'typeorm';
import { tipFollowUpPolicyInForce } from '@hazard-ledger/domain';
import { AttemptLimiter } from '../../../apps/api/src/tips/follow-up-tip/attempt-limiter';
import { ApiApp } from '../../support/api-app';
import { receiveBody } from '../../support/tip-steps';
import { startWithDemoMines } from '../hazards/hazard-steps';

/**
 * Review finding 7: claim-code guesses are limited per tip number (and per address) in PostgreSQL, by the
 * follow-up policy in force — not in one process's memory, so a restart or a second instance does not reset them.
 */
describe('POST /tips/follow-up: the claim-code attempt limit is kept in the database', () => {
  let api: ApiApp;
  const policy = tipFollowUpPolicyInForce(new Date().toISOString());
  const receive = async () =>
    (
      await api.http
        .post('/tips')
        .set('Authorization', await api.login('leader.wang'))
        .send(receiveBody({ anonymous: true, internal: false }))
        .expect(201)
    ).body as { tipNo: string; claimCode: string };
  const followUp = (tipNo: string, claimCode: string) => api.http.post('/tips/follow-up').send({ tipNo, claimCode });

  beforeAll(async () => {
    api = await startWithDemoMines();
  });
  afterAll(() => api.close());

  it('after the policy’s wrong guesses on one tip number even the right code is refused (429); another tip is not', async () => {
    const [target, other] = [await receive(), await receive()];
    const guesses: number[] = [];
    for (let i = 0; i < policy.maxPerTipNo; i += 1)
      guesses.push((await followUp(target.tipNo, `WRONG-GUESS-${String(i).padStart(4, '0')}`)).status);
    expect(guesses).toEqual(Array(policy.maxPerTipNo).fill(404));
    const right = await followUp(target.tipNo, target.claimCode);
    expect({ status: right.status, type: right.headers['content-type'] }).toEqual({
      status: 429,
      type: expect.stringContaining('application/problem+json'),
    });
    expect((await followUp(other.tipNo, other.claimCode)).status).toBe(200);
  });

  it('a fresh limiter (a restarted or second instance) sees the same attempts: the tip number stays locked', async () => {
    const target = await receive();
    for (let i = 0; i < policy.maxPerTipNo; i += 1) await followUp(target.tipNo, `WRONG-GUESS-${i}-XXXXXXX`);
    const elsewhere = new AttemptLimiter(api.app.get(DataSource));
    expect(await elsewhere.allow(target.tipNo, '203.0.113.9')).toBe(false);
    const afterWindow = new Date(Date.now() + (policy.windowMinutes + 1) * 60_000);
    expect(await elsewhere.allow(target.tipNo, '203.0.113.9', afterWindow)).toBe(true);
  });
});
