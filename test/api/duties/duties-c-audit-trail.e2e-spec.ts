import { ApiApp } from '../../support/api-app';
import { dutyRequests } from '../../support/duty-requests';
import { addOtherDistrictLeader } from '../../support/matrix-actors';
import { startWithDemoMines } from '../hazards/hazard-steps';

type Entry = { eventType: string; entityType: string; changes: { path: string; before: unknown; after: unknown }[] };
const M = 'mine-demo-1';

describe('GET /audit-trail of the issue-14 records: before → after, in the reader’s scope (real PostgreSQL)', () => {
  let api: ApiApp;
  let last = '';
  const ids = { contractor: '', factor: '', campaign: '' };
  const body = (command: string, over: Record<string, unknown> = {}) => ({ ...dutyRequests[command].body(M), ...over });
  const post = async (user: string, path: string, payload: object) => {
    const res = await api.http
      .post(path)
      .set('Authorization', await api.login(user))
      .send(payload);
    expect({ path, ok: res.status === 200 || res.status === 201 }).toEqual({ path, ok: true });
    last = res.body.logPosition;
    return res.body as { id: string };
  };
  const trail = async (user: string, entityType: string, entityId: string) =>
    api.http
      .get('/audit-trail')
      .query({ entityType, entityId, minPosition: last })
      .set('Prefer', 'wait=30')
      .set('Authorization', await api.login(user));

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    await addOtherDistrictLeader(api);
    ids.contractor = (await post('enterprise.principal', '/contractors', body('RegisterContractor'))).id;
    await post('enterprise.principal', `/contractors/${ids.contractor}/end`, body('EndContractorContract'));
    ids.factor = (await post('enterprise.staff', '/hidden-factors', body('RecordHiddenFactor'))).id;
    await post('enterprise.staff', `/hidden-factors/${ids.factor}/treatment`, body('RecordHiddenFactorTreatment'));
    ids.campaign = (await post('leader.wang', '/exam-campaigns', body('LaunchExamCampaign'))).id;
    await post('inspector.zhang', `/exam-campaigns/${ids.campaign}/items/item-1/finding`, body('RecordExamFinding'));
    await post('enterprise.staff', `/enterprise-files/${M}/certificates`, body('RecordOperatorCertificate'));
    await post(
      'enterprise.staff',
      `/enterprise-files/${M}/certificates`,
      body('RecordOperatorCertificate', { validUntil: '2029-05-31' }),
    );
  }, 90_000);
  afterAll(() => api.close());

  const lastChanges = async (entityType: string, entityId: string) => {
    const res = await trail('auditor', entityType, entityId);
    expect(res.status).toBe(200);
    const entries = res.body.entries as Entry[];
    expect(entries.every((e) => e.entityType === entityType)).toBe(true);
    return entries[entries.length - 1];
  };

  it('given a contractor whose contract ended, then its last entry shows status active → ended', async () => {
    const entry = await lastChanges('contractor', ids.contractor);
    expect(entry.eventType).toBe('ContractorContractEnded');
    expect(entry.changes).toEqual(expect.arrayContaining([{ path: 'status', before: 'active', after: 'ended' }]));
  });

  it('given a hidden factor in treatment, then its last entry shows treatment untreated → the stage', async () => {
    const entry = await lastChanges('hidden-factor', ids.factor);
    const stage = dutyRequests.RecordHiddenFactorTreatment.body(M).stage;
    // Who recorded the treatment is state too: the verifier must be someone else (separation of duties).
    expect(entry.changes).toEqual([
      { path: 'treatedBy', before: [], after: ['u-enterprise-staff'] },
      { path: 'treatment', before: 'untreated', after: stage },
    ]);
  });

  it('given an exam item with a finding, then its last entry shows item-1 open → finding_recorded', async () => {
    const entry = await lastChanges('exam-campaign', ids.campaign);
    expect(entry.changes).toEqual([{ path: 'items.item-1.status', before: 'open', after: 'finding_recorded' }]);
  });

  it('given a renewed operator certificate, then the file’s last entry shows validUntil before → after', async () => {
    const entry = await lastChanges('enterprise-file', M);
    const { certificateNo, validUntil } = dutyRequests.RecordOperatorCertificate.body(M) as Record<string, string>;
    expect(entry.eventType).toBe('EnterpriseFileCertificateRenewed');
    expect(entry.changes).toEqual([
      { path: `certificates.${certificateNo}.validUntil`, before: validUntil, after: '2029-05-31' },
    ]);
  });

  it('another district’s leader may not read them (403); an unknown record is 404', async () => {
    for (const [type, id] of [
      ['contractor', ids.contractor],
      ['hidden-factor', ids.factor],
      ['exam-campaign', ids.campaign],
      ['enterprise-file', M],
    ])
      expect({ type, status: (await trail('leader.other', type, id)).status }).toEqual({ type, status: 403 });
    expect((await trail('auditor', 'contractor', 'no-such-contractor')).status).toBe(404);
  });
});
