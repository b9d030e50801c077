import { DataSource } from 'typeorm';
import { streams } from '@hazard-ledger/domain';
import { createDataSource } from '@hazard-ledger/platform';
import { TestDatabase, createTestDatabase } from '@hazard-ledger/testing';
import { liveTables } from '@hazard-ledger/projection-engine';
import { At, delivered } from '../enforcement-facts/given-facts.fixture';
import { minesUnderSuspension, queryMinesUnderSuspension } from '../mines-under-suspension';
import { planBoard, queryPlanBoard } from '.';

const PLAN = 'plan-140404-2025';
const mine = (mineId: string, jurisdiction: string): At => ({
  event: { type: 'MineRegistered', data: { mineId, name: `矿 ${mineId}`, jurisdiction } },
  streamId: streams.mine(mineId),
  recordedAt: '2024-12-01T00:00:00Z',
});
const drafted: At = {
  event: {
    type: 'EnforcementPlanDrafted',
    data: {
      planId: PLAN,
      year: 2025,
      items: [
        { planItemId: `${PLAN}-m1`, mineId: 'm1', grade: 'D', plannedInspections: 2 },
        { planItemId: `${PLAN}-m2`, mineId: 'm2', grade: 'A', plannedInspections: 1 },
      ],
      withdrawnMineIds: [],
      policyVersion: 'inspection-frequency@2025.1',
      maxOnSiteInspectionsPerMinePerYear: 2,
    },
  },
  streamId: streams.enforcementPlan(PLAN),
  recordedAt: '2025-01-10T00:00:00Z',
};
// Planted as given: the inspection helper's InspectionRecorded (CONTRACTS.md) until the merge.
const inspection = (n: number, mineId: string, kind: string, startedAt: string): At => ({
  event: {
    type: 'InspectionRecorded',
    data: { inspectionId: `i${n}`, mineId, kind, planItemId: `${PLAN}-${mineId}`, areas: [], team: [], startedAt },
  },
  streamId: `inspection-i${n}`,
  recordedAt: startedAt,
  occurredAt: startedAt,
});
const suspension = (type: string, data: object, recordedAt: string): At => ({
  event: { type, data: { mineId: 'm1', ...data } },
  streamId: streams.mine('m1'),
  recordedAt,
});

describe('enforcement boards on real PostgreSQL', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const jurisdictionScope = { kind: 'jurisdictions' as const, codes: ['140404'] };

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await createDataSource(db.url).initialize();
    const events = delivered([
      mine('m1', '140404'),
      mine('m2', '140404'),
      mine('m9', '140402'),
      drafted,
      inspection(1, 'm1', 'unannounced', '2025-02-01T02:00:00Z'),
      inspection(2, 'm1', 'joint', '2025-05-01T02:00:00Z'),
      inspection(3, 'm1', 'random', '2025-06-01T02:00:00Z'),
      inspection(4, 'm9', 'random', '2025-06-01T02:00:00Z'),
      suspension(
        'MineProductionSuspended',
        {
          orderNo: '停〔2025〕1号',
          orderDocumentId: 'd1',
          hazardIds: ['h1'],
          scope: { extent: 'full' },
          suspendedAt: '2025-03-01T00:00:00Z',
        },
        '2025-03-01T00:00:00Z',
      ),
      suspension(
        'MineProductionResumed',
        {
          approvalNo: '复〔2025〕1号',
          liftedOrderNo: '停〔2025〕1号',
          signOffs: [],
          resumedAt: '2025-04-01T00:00:00Z',
        },
        '2025-04-01T00:00:00Z',
      ),
    ]);
    await ds.transaction(async (tx) => {
      await planBoard.create(liveTables).apply(events, tx);
      await minesUnderSuspension.create(liveTables).apply(events, tx);
    });
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  const board = (at: string, extra: object = {}) =>
    queryPlanBoard(ds.manager, { scope: jurisdictionScope, year: 2025, now: at, asOf: at, limit: 50, ...extra });

  it('plan board as of 2025-03-01: m1 one of two done, nothing flagged yet', async () => {
    const page = await board('2025-03-01T00:00:00Z');
    expect(page.items.map((i) => [i.mineId, i.planned, i.done, i.overCap, i.underInspected])).toEqual([
      ['m1', 2, 1, false, false],
      ['m2', 1, 0, false, false],
    ]);
    expect(page.items[0]).toMatchObject({ mineName: '矿 m1', unannouncedShare: 1 });
    expect(page.summary).toEqual({ jointByQuarter: [0, 0, 0, 0], quartersWithoutJoint: [] });
  });

  it('plan board as of 2026-01-05: m1 over its cap, m2 under-inspected, Q1/Q3/Q4 without a joint inspection', async () => {
    const page = await board('2026-01-05T00:00:00Z');
    expect(page.items.map((i) => [i.mineId, i.done, i.overCap, i.underInspected])).toEqual([
      ['m1', 3, true, false],
      ['m2', 0, false, true],
    ]);
    expect(page.items[0].jointByQuarter).toEqual([0, 1, 0, 0]);
    expect(page.summary.quartersWithoutJoint).toEqual([1, 3, 4]);
    expect((await board('2026-01-05T00:00:00Z', { flag: 'under' })).items.map((i) => i.mineId)).toEqual(['m2']);
    expect((await board('2026-01-05T00:00:00Z', { flag: 'over' })).items.map((i) => i.mineId)).toEqual(['m1']);
  });

  it('keeps another jurisdiction’s mine out of scope', async () =>
    expect((await board('2026-01-05T00:00:00Z')).items.map((i) => i.mineId)).not.toContain('m9'));

  it('mines under suspension: m1 on the board while suspended, off it once resumed', async () => {
    const at = (asOf: string) => queryMinesUnderSuspension(ds.manager, { scope: jurisdictionScope, asOf, limit: 10 });
    expect((await at('2025-03-15T00:00:00Z')).items).toEqual([
      expect.objectContaining({ mineId: 'm1', orderNo: '停〔2025〕1号', hazardIds: ['h1'], status: 'suspended' }),
    ]);
    expect((await at('2025-04-15T00:00:00Z')).items).toEqual([]);
    const resumed = await queryMinesUnderSuspension(ds.manager, {
      scope: jurisdictionScope,
      asOf: '2025-04-15T00:00:00Z',
      status: 'resumed',
      hazardId: 'h1',
      limit: 10,
    });
    expect(resumed.items).toEqual([expect.objectContaining({ mineId: 'm1', approvalNo: '复〔2025〕1号' })]);
  });
});
