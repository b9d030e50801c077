import { randomUUID } from 'node:crypto';
import { formatPosition, streams } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { aNewEvent } from '@hazard-ledger/testing';
import { ApiApp } from '../../support/api-app';
import { startWithDemoMines, sleep } from '../hazards/hazard-steps';

const YEAR = new Date().getUTCFullYear();
const frequencyPerGrade = { A: 1, B: 2, C: 4, D: 6 };

describe('the annual enforcement plan and its board over HTTP', () => {
  let api: ApiApp;
  let planId: string;
  let last = '';

  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
  });
  afterAll(() => api.close());

  const post = async (username: string, path: string, body: object) =>
    api.http
      .post(path)
      .set('Authorization', await api.login(username))
      .send(body);
  const get = async (username: string, path: string) =>
    api.http.get(path).set('Authorization', await api.login(username));
  const accepted = (res: { status: number; body: { logPosition: string; id: string } }, status = 200) => {
    expect({ status: res.status, body: res.body }).toMatchObject({ status });
    last = res.body.logPosition;
    return res.body;
  };

  // The inspection helper's InspectionRecorded (CONTRACTS.md), planted as a given event until the merge.
  const plantInspection = async (kind: string, startedAt: string, planItemId: string | null) => {
    const inspectionId = randomUUID();
    const event = aNewEvent({
      type: 'InspectionRecorded',
      data: { inspectionId, mineId: 'mine-demo-1', kind, planItemId, areas: ['-120m'], team: [], startedAt },
    });
    const result = await api.app
      .get<EventStore>(EVENT_STORE)
      .append(
        `inspection-${inspectionId}`,
        [{ ...event, metadata: { ...event.metadata, occurredAt: startedAt } }],
        'no_stream',
      );
    last = formatPosition(result.logPosition);
  };

  it('grades the mines (citing the grading in force), drafts, refuses the cap, approves the plan', async () => {
    for (const [mineId, grade] of [
      ['mine-demo-1', 'D'],
      ['mine-demo-2', 'A'],
    ])
      accepted(
        await post('leader.wang', `/mines/${mineId}/risk-grade`, { grade, reason: '年度分级 / annual grading' }),
      );
    const graded = await api.db.query<{ data: { gradingVersion: string } }>(
      `SELECT data FROM events WHERE stream_id = $1 AND type = 'MineRiskGradeChanged'`,
      [streams.mine('mine-demo-1')],
    );
    expect(graded[0].data.gradingVersion).toBe('矿安〔2025〕14号@2025-03');

    const body = {
      jurisdiction: '140404',
      year: YEAR,
      frequencyPerGrade,
      mines: [{ mineId: 'mine-demo-1' }, { mineId: 'mine-demo-2' }],
    };
    const over = await post('inspector.zhang', '/enforcement-plans', {
      ...body,
      mines: [{ mineId: 'mine-demo-1', plannedInspections: 13 }],
    });
    expect({ status: over.status, code: over.body.code }).toEqual({ status: 422, code: 'PlanExceedsInspectionCap' });
    expect((await post('enterprise.principal', '/enforcement-plans', body)).status).toBe(403);
    planId = accepted(await post('inspector.zhang', '/enforcement-plans', body), 201).id;
    expect(
      (
        await post('inspector.zhang', `/enforcement-plans/${planId}/approval`, {
          decision: 'approved',
          decisionNo: 'X',
        })
      ).status,
    ).toBe(403);
    accepted(
      await post('leader.wang', `/enforcement-plans/${planId}/approval`, {
        decision: 'approved',
        decisionNo: `上应急发〔${YEAR}〕3号`,
      }),
    );
    const plan = await get('inspector.zhang', `/enforcement-plans/${planId}`);
    expect(plan.body).toMatchObject({ status: 'Approved', year: YEAR });
    expect(plan.body.items).toEqual([
      { planItemId: `${planId}-mine-demo-1`, mineId: 'mine-demo-1', grade: 'D', plannedInspections: 6 },
      { planItemId: `${planId}-mine-demo-2`, mineId: 'mine-demo-2', grade: 'A', plannedInspections: 1 },
    ]);
  });

  it('shows the plan board at two as-of dates: before and after the inspections were recorded', async () => {
    const board = (query: string) =>
      get('leader.wang', `/boards/enforcement-plan?year=${YEAR}&minPosition=${last}${query}`);
    await sleep(5);
    const before = new Date().toISOString();
    await sleep(5);
    await plantInspection('unannounced', `${YEAR}-02-10T02:00:00Z`, `${planId}-mine-demo-1`);
    await plantInspection('joint', `${YEAR}-05-10T02:00:00Z`, null);
    const then = await board(`&asOf=${encodeURIComponent(before)}`);
    expect(then.status).toBe(200);
    expect(then.body.items.find((i: { mineId: string }) => i.mineId === 'mine-demo-1')).toMatchObject({
      planned: 6,
      done: 0,
    });
    const now = await board('');
    expect(now.body.items.find((i: { mineId: string }) => i.mineId === 'mine-demo-1')).toMatchObject({
      planned: 6,
      done: 2,
      inPlan: 1,
      unannounced: 1,
      unannouncedShare: 0.5,
      jointByQuarter: [0, 1, 0, 0],
      planStatus: 'approved',
      mineName: expect.any(String),
    });
    // Valid time: in March only the February inspection had taken place.
    const march = await board(`&validAt=${YEAR}-03-01T00:00:00Z`);
    expect(march.body.items.find((i: { mineId: string }) => i.mineId === 'mine-demo-1')).toMatchObject({ done: 1 });
    const logged = await api.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM access_log WHERE record_type = 'plan-board' AND actor_id = 'u-leader-wang'`,
    );
    expect(logged[0].n).toBe(3);
  });

  it('exports the plan board to Excel with Chinese headers, and logs the export', async () => {
    const res = await get('leader.wang', `/boards/enforcement-plan/export?year=${YEAR}&format=csv&minPosition=${last}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('计划次数 planned');
    expect(res.text).toContain('四不两直 unannounced');
    const xlsx = await get('leader.wang', `/boards/enforcement-plan/export?year=${YEAR}`);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    const logged = await api.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM access_log WHERE record_type = 'plan-board' AND kind = 'export'`,
    );
    expect(logged[0].n).toBe(2);
  });

  it('refuses a bad year and keeps another district out', async () => {
    expect((await get('leader.wang', '/boards/enforcement-plan?year=abc')).status).toBe(400);
    expect((await get('leader.wang', '/boards/enforcement-plan')).status).toBe(400);
    const other = await get('enterprise.principal', `/boards/enforcement-plan?year=${YEAR}`);
    expect(other.body.items.every((i: { mineId: string }) => i.mineId === 'mine-demo-1')).toBe(true);
  });
});
