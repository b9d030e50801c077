import { comparePositions, parsePosition } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { inspectionRegister } from '@hazard-ledger/read-models';
import { readCheckpoint, rebuildProjection } from '@hazard-ledger/projection-engine';
import { DataSource } from 'typeorm';
import { ApiApp } from '../support/api-app';
import { findingBody, recordInspectionBody } from '../support/inspection-requests';
import { buildFromScratch, caughtUp, hashesOf } from '../support/read-model-snapshot';
import { startWithDemoMines } from '../api/hazards/hazard-steps';

const SIGNED = { password: 'Demo-2024!' };

describe('inspection register: built live while inspections run equals a build from zero (and a rebuild)', () => {
  let api: ApiApp;
  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
  }, 60_000);
  afterAll(() => api.close());
  let last = '0/0';
  const partlySigned: string[] = [];
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

  /** i-th inspection: late or not, with or without a finding, signed by 0–3 members, sometimes a voiding change. */
  const walk = async (i: number) => {
    const late =
      i % 3 === 0 ? { occurredAt: new Date(Date.now() - 9 * 86_400_000).toISOString(), lateReason: '补录' } : {};
    const { id } = await post(
      'leader.wang',
      '/inspections',
      recordInspectionBody(i % 2 ? 'mine-demo-1' : 'mine-demo-2', late),
    );
    const p = (s: string) => `/inspections/${id}/${s}`;
    await post('inspector.zhang', p('clauses'), { clauses: [{ clauseId: 'MHS2022-UG-01', note: '' }] });
    if (i % 4 === 1) await post('inspector.zhang', p('findings'), findingBody('MHS2022-UG-20'));
    await post('leader.wang', p('result'), { result: 'no_major_hazard', summary: '未发现重大事故隐患' });
    const signers = ['leader.wang', 'inspector.zhang', 'inspector.li'].slice(0, i % 4);
    for (const user of signers) await post(user, p('signatures'), SIGNED);
    if (signers.length === 1 && i % 5 !== 2) partlySigned.push(id);
    if (i % 5 === 2 && signers.length > 0 && signers.length < 3)
      await post('inspector.li', p('result'), { result: 'major_hazard_found', summary: '改判' });
  };

  it('row for row, on both time axes', async () => {
    await Promise.all(Array.from({ length: 12 }, (_, i) => walk(i)));
    const ds = api.app.get(DataSource);
    const store = api.app.get<EventStore>(EVENT_STORE);
    await caughtUp(ds, [inspectionRegister], parsePosition(last));
    const live = await hashesOf(ds, inspectionRegister.tables);
    expect((live as Record<string, { rows: number }>).inspection_register.rows).toBeGreaterThan(12);
    const shadows = await buildFromScratch(
      ds,
      store,
      inspectionRegister,
      await readCheckpoint(ds.manager, inspectionRegister.name),
    );
    expect(await hashesOf(ds, shadows)).toEqual(live);
    await rebuildProjection({ dataSource: ds, feed: store, definition: inspectionRegister, batchSize: 7 });
    expect(await hashesOf(ds, inspectionRegister.tables, store)).toEqual(live);
    // The rebuild left fold states unfolded; the next signature restores one from its stream, still equal.
    expect(partlySigned.length).toBeGreaterThan(0);
    for (const id of partlySigned) await post('inspector.zhang', `/inspections/${id}/signatures`, SIGNED);
    await caughtUp(ds, [inspectionRegister], parsePosition(last));
    const after = await hashesOf(ds, inspectionRegister.tables, store);
    const again = await buildFromScratch(
      ds,
      store,
      inspectionRegister,
      await readCheckpoint(ds.manager, inspectionRegister.name),
    );
    expect(await hashesOf(ds, again)).toEqual(after);
  }, 180_000);
});
