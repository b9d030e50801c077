import { comparePositions, parsePosition } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { dutyRegisterDefinitions } from '@hazard-ledger/read-models';
import { readCheckpoint, rebuildProjection } from '@hazard-ledger/projection-engine';
import { DataSource } from 'typeorm';
import { ApiApp } from '../support/api-app';
import { dutyRequests } from '../support/duty-requests';
import { buildFromScratch, caughtUp, hashesOf } from '../support/read-model-snapshot';
import { startWithDemoMines } from '../api/hazards/hazard-steps';

const M = 'mine-demo-1';

describe('contractor, census, 体检式精查 and 一企一档 registers: built live equals a build from zero (and a rebuild)', () => {
  let api: ApiApp;
  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
  }, 60_000);
  afterAll(() => api.close());
  let last = '0/0';
  const note = (p: string) => (comparePositions(parsePosition(p), parsePosition(last)) > 0 ? (last = p) : last);
  const post = async (user: string, path: string, body: object) => {
    const res = await api.http
      .post(path)
      .set('Authorization', await api.login(user))
      .send(body);
    expect({ path, status: res.status }).toEqual({ path, status: res.status < 300 ? res.status : 200 });
    note(res.body.logPosition);
    return res.body as { id: string };
  };
  const body = (command: string, over: object = {}) => ({ ...dutyRequests[command].body(M), ...over });

  /** i-th walk: a contractor assessed for some months, a factor part-way treated, a campaign part-way closed, file entries. */
  const walk = async (i: number) => {
    const { id: c } = await post('enterprise.principal', '/contractors', body('RegisterContractor'));
    for (let m = 1; m <= i % 4; m++)
      await post(
        'enterprise.staff',
        `/contractors/${c}/assessments`,
        body('RecordContractorAssessment', { month: `2024-0${m}` }),
      );
    if (i % 3 === 0) await post('enterprise.principal', `/contractors/${c}/end`, body('EndContractorContract'));
    const { id: f } = await post('enterprise.staff', '/hidden-factors', body('RecordHiddenFactor'));
    if (i % 2)
      await post('enterprise.staff', `/hidden-factors/${f}/cross-validations`, body('CrossValidateHiddenFactor'));
    if (i % 3) await post('enterprise.staff', `/hidden-factors/${f}/treatment`, body('RecordHiddenFactorTreatment'));
    const { id: k } = await post('leader.wang', '/exam-campaigns', body('LaunchExamCampaign'));
    if (i % 2) await post('inspector.zhang', `/exam-campaigns/${k}/items/item-1/finding`, body('RecordExamFinding'));
    if (i % 4 === 3) await post('leader.wang', `/exam-campaigns/${k}/items/item-2/closure`, { note: '销项' });
    const no = `T-${i}`;
    await post(
      'enterprise.staff',
      `/enterprise-files/${M}/certificates`,
      body('RecordOperatorCertificate', { certificateNo: no }),
    );
  };

  it('row for row, on both time axes, for each of the four registers', async () => {
    for (let i = 0; i < 8; i++) await walk(i);
    await post('enterprise.principal', `/enterprise-files/${M}/people`, body('AppointFilePerson'));
    const ds = api.app.get(DataSource);
    const store = api.app.get<EventStore>(EVENT_STORE);
    await caughtUp(ds, dutyRegisterDefinitions, parsePosition(last));
    for (const definition of dutyRegisterDefinitions) {
      const live = await hashesOf(ds, definition.tables);
      const shadows = await buildFromScratch(ds, store, definition, await readCheckpoint(ds.manager, definition.name));
      expect({ name: definition.name, hashes: await hashesOf(ds, shadows) }).toEqual({
        name: definition.name,
        hashes: live,
      });
      await rebuildProjection({ dataSource: ds, feed: store, definition, batchSize: 5 });
      expect({ name: definition.name, hashes: await hashesOf(ds, definition.tables, store) }).toEqual({
        name: definition.name,
        hashes: live,
      });
    }
    // After the rebuild, the next change restores the fold state from the stream, and still equals a build from zero.
    await post('enterprise.staff', `/enterprise-files/${M}/safety-funds`, body('RecordSafetyFunds'));
    const [, , , file] = dutyRegisterDefinitions;
    await caughtUp(ds, [file], parsePosition(last));
    const after = await hashesOf(ds, file.tables, store);
    const again = await buildFromScratch(ds, store, file, await readCheckpoint(ds.manager, file.name));
    expect(await hashesOf(ds, again)).toEqual(after);
  }, 240_000);
});
