import { DEMO_PASSWORD } from '@hazard-ledger/auth';
import { ApiApp } from '../../support/api-app';
import { anEvidence, finding, hazardRequests } from '../../support/hazard-requests';
import { HazardSteps, hazardSteps, startWithDemoMines } from './hazard-steps';

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
const discovery = (overrides: object = {}) => ({ mineId: 'mine-demo-1', ...finding(), ...overrides });

describe('hazard requests: validation, missing records and retries', () => {
  let api: ApiApp;
  let kit: HazardSteps;
  let id: string;

  beforeAll(async () => {
    api = await startWithDemoMines();
    kit = hazardSteps(api);
    ({ id } = await kit.step(undefined, 'enterprise.staff', '/hazards', discovery(), ['HazardDiscovered'], 201));
  });
  afterAll(() => api.close());

  const expect400 = async (path: string, body: object, field: string, username = 'enterprise.staff') => {
    const res = await kit.post(username, path, body);
    expect({ status: res.status, body: res.body }).toMatchObject({ status: 400 });
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.stringContaining(field)]));
  };

  it.each([
    ['a far-future discovery time', { occurredAt: '2999-01-01T00:00:00.000Z' }, 'occurredAt'],
    ['an impossible date', { occurredAt: '2024-02-30T08:00:00.000Z' }, 'occurredAt'],
    ['a time without zone', { occurredAt: '2024-03-10T08:00:00' }, 'occurredAt'],
    ['a blank description', { description: '   ' }, 'description'],
    ['an over-long description', { description: '隐'.repeat(4001) }, 'description'],
    ['a malformed evidence digest', { evidence: [{ ...anEvidence(), hash: 'xyz' }] }, 'hash'],
    ['an unknown hash algorithm', { evidence: [{ ...anEvidence(), alg: 'md5' }] }, 'alg'],
    ['an unknown source', { source: 'rumour' }, 'source'],
    ['an unexpected field', { signature: { signerId: 'u-enterprise-staff' } }, 'signature'],
  ])('refuses %s at discovery with 400', (_what, overrides, field) =>
    expect400('/hazards', discovery(overrides), field),
  );

  it('lets a device clock run a little ahead past validation, but the decision still refuses the future (422)', async () => {
    const res = await kit.post('enterprise.staff', '/hazards', discovery({ occurredAt: minutesFromNow(2) }));
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 422, code: 'OccurredInFuture' });
  });

  it('refuses deadlines more than three years ahead, and malformed clause ids, with 400', async () => {
    const listing = { ...hazardRequests.ListForSupervision.body(), deadline: '2099-01-01T00:00:00.000Z' };
    await expect400(`/hazards/${id}/supervision-listing`, listing, 'deadline', 'leader.wang');
    const determination = { clauseId: 'UG-01', password: DEMO_PASSWORD };
    await expect400(`/hazards/${id}/major-determination`, determination, 'clauseId', 'enterprise.principal');
  });

  it('lets the decision refuse a well-formed clause id that is not in the catalogue (422), writing nothing', async () => {
    const determination = { clauseId: 'MHS2022-UG-99', password: DEMO_PASSWORD };
    const problem = await kit.refused(
      id,
      'enterprise.principal',
      `/hazards/${id}/major-determination`,
      determination,
      422,
    );
    expect(problem.code).toBe('UnknownClause');
  });

  it('answers 404 for an unknown hazard or mine, and for a recurrence of a hazard that does not exist', async () => {
    const amend = hazardRequests.AmendHazardDescription.body();
    expect((await kit.post('enterprise.staff', '/hazards/no-such-hazard/description-amendment', amend)).status).toBe(
      404,
    );
    expect((await kit.post('enterprise.staff', '/hazards', discovery({ mineId: 'mine-nowhere' }))).status).toBe(404);
    expect((await kit.post('enterprise.staff', '/hazards/no-such-hazard/recurrences', finding())).status).toBe(404);
  });

  // The problem mapping reads "...NotClosed" as a conflict with the record's state.
  it('refuses a recurrence of a hazard that is still open (409)', async () => {
    const res = await kit.post('enterprise.staff', `/hazards/${id}/recurrences`, finding());
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'EarlierHazardNotClosed' });
  });

  it('answers a signed command retried with the same Idempotency-Key once, whatever password the retry carries', async () => {
    const send = (password: string) =>
      kit.post(
        'enterprise.principal',
        `/hazards/${id}/major-determination`,
        { clauseId: 'MHS2022-UG-01', password },
        { 'Idempotency-Key': `determine-${id}` },
      );
    const first = await send(DEMO_PASSWORD);
    expect(first.status).toBe(200);
    const again = await send(DEMO_PASSWORD);
    expect(again.body).toEqual(first.body);
    expect(await kit.eventTypes(id)).toEqual(['HazardDiscovered', 'MajorHazardDetermined']);
    // The password is re-checked on every attempt: a retry never stands in for the signer.
    expect((await send('wrong-password')).status).toBe(401);
  });
});
