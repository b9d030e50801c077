import { RecordedEvent } from '@hazard-ledger/domain';
import * as fx from '@hazard-ledger/domain/fixtures/hazard';
import { recordedAs } from '@hazard-ledger/testing';
import { advanceEntity, validHistory, MineInfo } from '@hazard-ledger/projection-engine';
import { HazardRecord } from '../hazard-record/hazard-record';
import { hazardLedgerModel, ledgerRowOf } from './hazard-ledger.model';

const mine: MineInfo = {
  mineId: fx.MINE_ID,
  name: '示范铁矿',
  jurisdiction: '140404',
  siteType: 'underground',
  riskGrade: null,
};
const mines = (id: string) => (id === fx.MINE_ID ? mine : undefined);

/** Delivers a history one event a day (recordedAt) with occurredAt an hour earlier. */
const delivered = (events: { type: string; data: object }[]): RecordedEvent[] =>
  events.map((e, i) => {
    const day = new Date(Date.UTC(2024, 2, 10 + i, 9)).toISOString().replace('.000Z', '.000000Z');
    return recordedAs(`hazard-${fx.HAZARD_ID}`, i, e, {
      recordedAt: day,
      occurredAt: new Date(Date.parse(day) - 3_600_000).toISOString(),
    });
  });

const fold = (events: RecordedEvent[]) =>
  events.reduce<HazardRecord | undefined>((r, e) => hazardLedgerModel.evolve(r, e, mines), undefined);

const given = (events: { type: string; data: object }[]) => ({
  then: (expected: Partial<ReturnType<typeof ledgerRowOf>>) =>
    expect(ledgerRowOf(fold(delivered(events))!)).toEqual(expect.objectContaining(expected)),
});

describe('hazard ledger 隐患台账 rows', () => {
  it('a discovered hazard is open, ungraded, and carries its mine and jurisdiction', () =>
    given(fx.history.discovered).then({
      hazardId: fx.HAZARD_ID,
      status: 'discovered',
      grade: null,
      mineName: '示范铁矿',
      jurisdiction: '140404',
      open: true,
      pending: true,
      discoveredAt: fx.aHazardDiscovered().data.discoveredAt,
    }));

  it('a major hazard carries its clause and, once accepted, the plan deadline', () =>
    given(fx.history.inRemediation).then({
      status: 'in_remediation',
      grade: 'major',
      clauseId: fx.aMajorHazardDetermined().data.clauseId,
      deadline: fx.aRemediationPlanAccepted({ planVersion: 2 }).data.deadline,
      supervisionLevel: fx.aSupervisionListed().data.level,
    }));

  it('before a plan is accepted the 挂牌 deadline counts', () =>
    given(fx.history.listed).then({ deadline: fx.LISTING_DEADLINE, pending: true }));

  it('a signed-off hazard is no longer open', () =>
    given(fx.history.signedOff).then({ status: 'signed_off', open: false, pending: false }));

  it('a general hazard assigned for rectification has that deadline', () =>
    given(fx.history.rectificationAssigned).then({
      grade: 'general',
      status: 'rectification_assigned',
      deadline: fx.aRectificationAssigned().data.deadline,
    }));

  it('a major hazard closed without 销号 is flagged, on its legal ground (issue 13 item 7)', () =>
    given([
      ...fx.history.escalated,
      fx.aHazardClosed({
        reason: '并入 / merged',
        legalGround: { kind: 'merged', intoHazardId: 'hazard-9' },
        withoutSignOff: true,
      }),
    ]).then({ status: 'closed', closedWithoutSignOff: true }));

  it('a major hazard closed after 销号 is not flagged', () =>
    given(fx.history.majorClosed).then({ status: 'closed', closedWithoutSignOff: false }));

  it('a closed general hazard records when it ended', () =>
    given(fx.history.generalClosed).then({ status: 'closed', open: false, endedAt: fx.aHazardClosed().data.closedAt }));
});

describe('versions on both time axes', () => {
  const start = { id: fx.HAZARD_ID, state: undefined, revision: '-1' };
  const events = delivered(fx.history.listed);

  it('one system-time version per event, in order, and the valid-time history grows at the end', () => {
    const step = advanceEntity(hazardLedgerModel, start, events, mines);
    expect(step.system.map((v) => v.from)).toEqual(events.map((e) => e.recordedAt));
    expect(step.valid).not.toBe('recompute');
    expect(step.stored.revision).toBe(String(events.length - 1));
  });

  it('events arriving twice change nothing', () => {
    const once = advanceEntity(hazardLedgerModel, start, events, mines);
    const again = advanceEntity(hazardLedgerModel, once.stored, [...events.slice(2), ...events], mines);
    expect(again.system).toEqual([]);
    expect(again.stored).toEqual(once.stored);
  });

  it('events recorded in one transaction become one system-time version', () => {
    const sameInstant = events.map((e) => ({ ...e, recordedAt: events[0].recordedAt }));
    const step = advanceEntity(hazardLedgerModel, start, sameInstant, mines);
    expect(step.system).toHaveLength(1);
    expect(step.system[0].row?.status).toBe('major_determined');
  });

  it('a backdated event asks for the valid-time history to be rewritten', () => {
    const backdated = { ...events[2], metadata: { ...events[2].metadata, occurredAt: '2020-01-01T00:00:00.000Z' } };
    const step = advanceEntity(hazardLedgerModel, start, [events[0], events[1], backdated], mines);
    expect(step.valid).toBe('recompute');
  });

  it('valid-time history: the row valid from each instant folds the events that occurred by then', () => {
    const [discovered, determined] = events;
    const late = { ...determined, metadata: { ...determined.metadata, occurredAt: '2024-03-01T00:00:00.000Z' } };
    // Determined (as recorded later) before it was discovered: valid time orders by claim, folds in stream order.
    const versions = validHistory(hazardLedgerModel, [discovered, late], mines);
    expect(versions.map((v) => [v.from, v.row?.status])).toEqual([
      ['2024-03-01T00:00:00.000Z', undefined],
      [discovered.metadata.occurredAt, 'major_determined'],
    ]);
  });
});
