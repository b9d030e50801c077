import { ApiApp } from '../../support/api-app';
import { anEvidence, finding, hazardRequests } from '../../support/hazard-requests';
import { HazardSteps, hazardSteps, sleep, startWithDemoMines } from './hazard-steps';

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

describe('a general hazard over HTTP, and reading it as of a past time', () => {
  let api: ApiApp;
  let kit: HazardSteps;
  let id: string;
  let foundAt: string;
  let beforeCompletion: string;
  const path = (suffix: string) => `/hazards/${id}/${suffix}`;

  beforeAll(async () => {
    api = await startWithDemoMines();
    kit = hazardSteps(api);
  });
  afterAll(() => api.close());

  it('goes discovered → general → assigned → completed → verified by someone else → closed', async () => {
    foundAt = hoursAgo(2);
    const discovery = { mineId: 'mine-demo-1', ...finding(), source: 'self_check', occurredAt: foundAt };
    ({ id } = await kit.step(undefined, 'enterprise.staff', '/hazards', discovery, ['HazardDiscovered'], 201));
    await kit.step(id, 'enterprise.staff', path('general-determination'), {}, ['GeneralHazardDetermined']);
    await kit.step(
      id,
      'enterprise.staff',
      path('rectification-assignment'),
      hazardRequests.AssignRectification.body(),
      ['RectificationAssigned'],
    );
    await sleep(20);
    beforeCompletion = new Date().toISOString();
    await sleep(20);
    const done = { evidence: [anEvidence('fixed.jpg', 'e5')] };
    await kit.step(id, 'enterprise.staff', path('rectification-completion'), done, ['RectificationCompleted']);

    // The rectifier may not verify their own work.
    const own = await kit.refused(id, 'enterprise.staff', path('rectification-verification'), {}, 403);
    expect(own.code).toBe('SeparationOfDutiesViolated');
    await kit.step(id, 'enterprise.principal', path('rectification-verification'), {}, ['RectificationVerified']);
    await kit.step(id, 'enterprise.staff', path('closure'), {}, ['HazardClosed']);
  });

  it('shows the state as it was before a later event with ?asOf= (system time)', async () => {
    const then = await kit.read('enterprise.staff', id, `?asOf=${encodeURIComponent(beforeCompletion)}`);
    expect(then.status).toBe(200);
    expect(then.body).toMatchObject({
      hazard: { status: 'rectification_assigned' },
      revision: '2',
      asOf: beforeCompletion,
    });
    expect(then.headers.etag).toBe('W/"2"');
    const now = await kit.read('enterprise.staff', id);
    expect(now.body).toMatchObject({ hazard: { status: 'closed' }, revision: '5' });
    expect(now.body.asOf).toBeUndefined();
  });

  it('answers 404 as of a time before the hazard was recorded, and cuts by occurrence with ?validAt=', async () => {
    const early = await kit.read('enterprise.staff', id, `?asOf=${encodeURIComponent(hoursAgo(1))}`);
    expect(early.status).toBe(404);
    const beforeFound = await kit.read('enterprise.staff', id, `?validAt=${encodeURIComponent(hoursAgo(3))}`);
    expect(beforeFound.status).toBe(404);
    const validAt = new Date(Date.parse(foundAt) + 60_000).toISOString();
    const found = await kit.read('enterprise.staff', id, `?validAt=${encodeURIComponent(validAt)}`);
    expect(found.body).toMatchObject({ hazard: { status: 'discovered' }, revision: '0', validAt });
  });

  it('refuses malformed times and readers outside the hazard’s scope', async () => {
    expect((await kit.read('enterprise.staff', id, '?asOf=yesterday')).status).toBe(400);
    expect((await kit.read('enterprise.staff', id, '?asOf=2024-02-30T00:00:00Z')).status).toBe(400);
    expect((await kit.read('enterprise.other', id)).status).toBe(403);
    expect((await kit.read('inspector.other', id)).status).toBe(403);
    expect((await kit.read('auditor', id)).status).toBe(200);
    expect((await kit.read('enterprise.staff', 'no-such-hazard')).status).toBe(404);
  });

  it('records a recurrence of the closed hazard as a new hazard at the same mine', async () => {
    const recurrence = { ...finding(), source: 'self_check', description: '安全出口再次被废石堵塞' };
    const res = await kit.step(
      undefined,
      'enterprise.staff',
      path('recurrences'),
      recurrence,
      ['HazardDiscovered', 'HazardRecurred'],
      201,
    );
    expect(res.id).not.toBe(id);
    const { data } = await kit.eventData(res.id, 'HazardRecurred');
    expect(data).toMatchObject({ recurrenceOf: id, earlierClosedAt: expect.any(String) });
    const { body } = await kit.read('enterprise.staff', res.id);
    expect(body.hazard).toMatchObject({ status: 'discovered', mineId: 'mine-demo-1' });
  });
});
