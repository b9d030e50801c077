import { DeciderSpecification } from '@hazard-ledger/testing';
import { ROLES, REGULATOR_ROLES } from '../shared/actor';
import { anActorWithRole } from '../hazard/fixtures/reference';
import { productionSignalCommandAccess } from './production-signal.access';
import { productionSignalDecider } from './production-signal.decider';
import {
  InvalidProductionSignalTransition,
  ProductionSignalDetailsInvalid,
  ProductionSignalNotByRegulator,
} from './production-signal.errors';
import * as fx from './production-signal.fixtures';

const given = DeciderSpecification.for(productionSignalDecider);
const { actors } = fx;

describe('Production signal: record (生产迹象：监测监控、用电、人员定位、产量)', () => {
  it('given nothing, when an inspector records power data showing production, then it is recorded', () =>
    given([]).when(fx.aRecord()).then([fx.recorded]));

  it('given nothing, when a leader records a bare site observation, then absent fields are null', () => {
    const [event] = productionSignalDecider.decide(
      fx.aRecord(
        { source: 'site_observation', period: undefined, value: undefined, unit: undefined, reference: undefined },
        actors.leader,
      ),
      { status: 'not_recorded' },
    );
    expect(event.data).toMatchObject({
      source: 'site_observation',
      period: null,
      value: null,
      unit: null,
      reference: null,
      recordedBy: { id: actors.leader.id, role: 'supervising_leader' },
    });
  });

  it('given nothing, when recorded with an offset time, then observedAt is kept as UTC', () => {
    const [event] = productionSignalDecider.decide(
      fx.aRecord({ observedAt: '2024-03-10T04:00:00+08:00', period: undefined }),
      { status: 'not_recorded' },
    );
    expect(event.data.observedAt).toBe('2024-03-09T20:00:00.000Z');
  });

  it('given nothing, when the data show the mine stopped, then producing false is recorded', () =>
    given([])
      .when(fx.aRecord({ producing: false }))
      .then([{ ...fx.recorded, data: { ...fx.recorded.data, producing: false } }]));

  it.each([
    ['an unknown source', { source: 'rumour' as never }],
    ['producing neither true nor false', { producing: 'yes' as never }],
    ['observedAt not a time', { observedAt: '2024-13-45T25:61:00Z' }],
    ['observedAt a date only', { observedAt: '2024-03-09' }],
    ['observedAt after the recording', { observedAt: '2024-03-10T09:00:01.000Z', period: undefined }],
    ['a period ending before it starts', { period: { from: fx.PERIOD.to, to: fx.PERIOD.from } }],
    ['observedAt outside the period', { observedAt: '2024-03-09T12:00:00.000Z' }],
    ['a period ending in the future', { period: { from: fx.PERIOD.from, to: '2024-03-11T00:00:00.000Z' } }],
    ['a negative value', { value: -1 }],
    ['a value that is not a number', { value: Number.NaN }],
    ['a value without a unit', { unit: undefined }],
    ['a unit without a value', { value: undefined }],
    ['a blank mine', { mineId: ' ' }],
    ['a blank reference', { reference: '  ' }],
    ['a note over 2000 characters', { note: '文'.repeat(2001) }],
  ])('given nothing, when recorded with %s, then it is refused', (_, data) =>
    given([]).when(fx.aRecord(data)).thenThrows(ProductionSignalDetailsInvalid),
  );
});

describe('Production signal: forbidden transitions', () => {
  it('given a recorded signal, when recorded again on the same stream, then it is refused', () =>
    given([fx.recorded]).when(fx.aRecord()).thenThrows(InvalidProductionSignalTransition));
});

describe('Production signal: roles × commands', () => {
  it('RecordProductionSignal: inspectors and supervising leaders only (the access table)', () =>
    expect(ROLES.filter((role) => productionSignalCommandAccess.RecordProductionSignal.roles.includes(role))).toEqual([
      'inspector',
      'supervising_leader',
    ]));

  it.each(ROLES.filter((role) => !REGULATOR_ROLES.includes(role)))(
    'given nothing, when %s records a signal, then the decider refuses it too',
    (role) =>
      given([])
        .when(fx.aRecord({}, anActorWithRole(role)))
        .thenThrows(ProductionSignalNotByRegulator),
  );

  it.each(REGULATOR_ROLES)('given nothing, when %s records a signal, then it is recorded', (role) => {
    const [event] = productionSignalDecider.decide(fx.aRecord({}, anActorWithRole(role)), {
      status: 'not_recorded',
    });
    expect(event.data.recordedBy.role).toBe(role);
  });
});
