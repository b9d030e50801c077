import * as fx from '@hazard-ledger/domain/fixtures/mine';
import { streams } from '@hazard-ledger/domain';
import { rangesOf } from '../enforcement-facts/fact-history';
import { At, givenFacts } from '../enforcement-facts/given-facts.fixture';
import { minesUnderSuspensionModel as model } from './mines-under-suspension.model';

const MINE = fx.MINE_ID;
const on = (event: At['event'], recordedAt: string): At => ({ event, streamId: streams.mine(MINE), recordedAt });
const aMineProductionSuspended = (data: { suspendedAt: string }) => ({
  type: 'MineProductionSuspended',
  data: {
    mineId: MINE,
    orderNo: '长上应急停〔2024〕3号',
    orderDocumentId: 'doc-order-1',
    hazardIds: ['hz-0001'],
    scope: { extent: 'full' },
    reason: '存在重大事故隐患仍组织生产',
    ...data,
  },
});
const aMineProductionResumed = (data: { resumedAt: string }) => ({
  type: 'MineProductionResumed',
  data: {
    mineId: MINE,
    approvalNo: '长上应急复〔2024〕5号',
    liftedOrderNo: '长上应急停〔2024〕3号',
    signOffs: [{ hazardId: 'hz-0001', decisionNo: '长上应急销〔2024〕7号' }],
    ...data,
  },
});
const registered = on(fx.aMineRegistered(), '2024-01-01T00:00:00Z');
const suspended = on(aMineProductionSuspended({ suspendedAt: '2024-03-01T00:00:00Z' }), '2024-03-01T00:00:00Z');
const resumed = on(aMineProductionResumed({ resumedAt: '2024-05-01T00:00:00Z' }), '2024-05-01T00:00:00Z');

describe('mines under suspension', () => {
  it('a mine never suspended has no row', () => givenFacts(model, [registered]).then(MINE, undefined));

  it('a 停产整顿 order puts the mine on the board with the order, since when and the hazards it names', () =>
    givenFacts(model, [registered, suspended]).then(MINE, {
      mineName: '上党区示范铁矿',
      jurisdiction: '140404',
      status: 'suspended',
      orderNo: '长上应急停〔2024〕3号',
      orderDocumentId: 'doc-order-1',
      hazardIds: ['hz-0001'],
      since: '2024-03-01T00:00:00Z',
    }));

  it('复产 keeps the row, resumed, with the approval and the 销号 it cited', () =>
    givenFacts(model, [registered, suspended, resumed]).then(MINE, {
      status: 'resumed',
      approvalNo: '长上应急复〔2024〕5号',
      signOffs: [{ hazardId: 'hz-0001', decisionNo: '长上应急销〔2024〕7号' }],
    }));

  it('ignores events of the mine that change nothing here (a grade change)', () =>
    givenFacts(model, [registered, on(fx.aMineRiskGradeChanged(), '2024-02-01T00:00:00Z')]).then(MINE, undefined));

  it('keeps each state for the time it held: suspended from the order to the resumption', () => {
    const { facts } = givenFacts(model, [registered, suspended, resumed]);
    const ranges = rangesOf(model, MINE, facts.get(MINE) ?? [], (f) => f.recordedAt);
    expect(ranges.map((r) => [r.row.status, r.from, r.to])).toEqual([
      ['suspended', '2024-03-01T00:00:00Z', '2024-05-01T00:00:00Z'],
      ['resumed', '2024-05-01T00:00:00Z', null],
    ]);
  });
});
