import { DeciderSpecification } from '@hazard-ledger/testing';
import { ROLES } from '../shared/actor';
import { monthlyCheckCommandAccess } from './monthly-check.access';
import { MonthlyCheckCommand, MonthlyCheckCommandType } from './monthly-check.commands';
import { monthlyCheckDecider } from './monthly-check.decider';
import {
  HazardAlreadyLinked,
  HazardNotFromThisCheck,
  InvalidMonthlyCheckTransition,
  MonthlyCheckDetailsInvalid,
  MonthlyCheckNotRecorded,
  NotThePrincipal,
  ResultDoesNotMatchHazards,
} from './monthly-check.errors';
import * as fx from './monthly-check.fixtures';
import { monthOf, monthlyCheckDeadline } from './monthly-check.values';

const given = DeciderSpecification.for(monthlyCheckDecider);
const { actors } = fx;

const LATER: Record<Exclude<MonthlyCheckCommandType, 'RecordMonthlyCheck'>, () => MonthlyCheckCommand> = {
  LinkMonthlyCheckHazard: () => fx.aLinkHazard(),
  SignMonthlyCheck: () => fx.aSign(),
};
const laterTypes = Object.keys(LATER) as (keyof typeof LATER)[];

describe('Monthly check: recording (每月重大事故隐患排查)', () => {
  it('given nothing, when the principal records the month’s check, then it is recorded as led by the principal, on time', () =>
    given([]).when(fx.aRecordCheck()).then([fx.recorded()]));

  it('given nothing, when the safety director leads and records it, then it is flagged as not led by the principal', () =>
    given([])
      .when(fx.aRecordCheck({ leader: fx.DIRECTOR_LEADS }, { actor: actors.safetyDirector }))
      .then([fx.recorded(fx.DIRECTOR_LEADS, actors.safetyDirector)]));

  it('given nothing, when the principal records a check the safety director led, then it is not led by the principal', () =>
    given([])
      .when(fx.aRecordCheck({ leader: fx.DIRECTOR_LEADS }, { actor: actors.principal }))
      .then([fx.recorded(fx.DIRECTOR_LEADS, actors.principal)]));

  it('given nothing, when staff record a check the principal on record led, then it is led by the principal', () =>
    given([])
      .when(fx.aRecordCheck({}, { actor: actors.staff }))
      .then([fx.recorded(fx.PRINCIPAL_LEADS, actors.staff)]));

  it('given no principal on record, when a check is recorded, then it cannot count as led by the principal', () => {
    const [event] = monthlyCheckDecider.decide(
      fx.aRecordCheck({ principalOnRecord: null }),
      monthlyCheckDecider.initialState(),
    );
    expect(event.data).toMatchObject({ ledByPrincipal: false, principalOnRecord: null });
  });

  it('given nothing, when it was carried out after the deadline, then it is recorded as late, citing the policy', () => {
    const [event] = monthlyCheckDecider.decide(
      fx.aRecordCheck({ occurredAt: '2024-03-06T01:00:00.000Z' }),
      monthlyCheckDecider.initialState(),
    );
    expect(event.data).toMatchObject({ late: true, deadline: fx.DEADLINE, policyVersion: fx.POLICY.version });
  });

  it.each([
    ['a month that is not YYYY-MM', { month: '2024-2', checkId: 'mine-1.2024-2' }],
    ['a check id of another month', { checkId: 'mine-1.2024-01' }],
    ['a time before the month', { occurredAt: '2024-01-31T15:59:59.000Z' }],
    ['a future time', { occurredAt: '2024-03-11T00:00:00.000Z' }],
    ['no leader named', { leader: { name: ' ', position: '矿长' } }],
    ['a leader without a post', { leader: { name: '赵矿长', position: '' } }],
    ['no participant', { participants: [] }],
    ['a participant without a post', { participants: [{ name: '刘工', position: ' ' }] }],
    ['no area', { areas: [] }],
    ['a blank area', { areas: ['  '] }],
    ['no clause', { clauses: [] }],
    ['a clause not in the catalogue', { clauses: ['MHS2022-UG-99'] }],
    ['a clause twice', { clauses: ['MHS2022-UG-01', 'MHS2022-UG-01'] }],
  ])('given nothing, when recorded with %s, then it is refused', (_, data) =>
    given([]).when(fx.aRecordCheck(data)).thenThrows(MonthlyCheckDetailsInvalid),
  );

  it('given the month’s check, when a second one is recorded for the same month, then it is refused (one per month)', () =>
    given(fx.history.open).when(fx.aRecordCheck()).thenThrows(InvalidMonthlyCheckTransition));
});

describe('Monthly check: forbidden transitions', () => {
  it.each(laterTypes)('given nothing, when %s, then the check is not found', (type) =>
    given([]).when(LATER[type]()).thenThrows(MonthlyCheckNotRecorded),
  );

  it.each(laterTypes)('given a signed check, when %s, then it is refused (signed is final)', (type) =>
    given(fx.history.signed).when(LATER[type]()).thenThrows(InvalidMonthlyCheckTransition),
  );
});

describe('Monthly check: hazards found are linked', () => {
  it('given a check, when a hazard it discovered is linked, then the link is recorded', () =>
    given(fx.history.open).when(fx.aLinkHazard()).then([fx.linked()]));

  it.each([
    ['does not exist', null],
    ['is another mine’s', { ...fx.ORIGIN, mineId: 'mine-2' }],
    ['came from a self check', { ...fx.ORIGIN, source: 'self_check' }],
    ['points at another month', { ...fx.ORIGIN, linkedRef: { kind: 'monthly_investigation', id: 'mine-1.2024-01' } }],
    ['points at nothing', { ...fx.ORIGIN, linkedRef: null }],
  ])('given a check, when the hazard named %s, then it is refused', (_, hazard) =>
    given(fx.history.open).when(fx.aLinkHazard({ hazard })).thenThrows(HazardNotFromThisCheck),
  );

  it('given a linked hazard, when linked again, then it is refused', () =>
    given(fx.history.withHazard).when(fx.aLinkHazard()).thenThrows(HazardAlreadyLinked));
});

describe('Monthly check: the principal signs the result (主要负责人签字)', () => {
  it('given a check with nothing linked, when the principal signs "none found", then it is signed', () =>
    given(fx.history.open).when(fx.aSign()).then([fx.signed()]));

  it('given a linked hazard, when the principal signs "hazards found", then the hazards are named in the signature', () =>
    given(fx.history.withHazard)
      .when(fx.aSign({ result: 'hazards_found', summary: '本月未发现重大事故隐患' }))
      .then([fx.signed('hazards_found', ['hazard-7'])]));

  it('given a linked hazard, when "none found" is signed, then it is refused', () =>
    given(fx.history.withHazard).when(fx.aSign()).thenThrows(ResultDoesNotMatchHazards));

  it('given nothing linked, when "hazards found" is signed, then it is refused', () =>
    given(fx.history.open)
      .when(fx.aSign({ result: 'hazards_found' }))
      .thenThrows(ResultDoesNotMatchHazards));

  it('given a check led by the safety director, when the safety director signs, then it is refused', () =>
    given([fx.recorded(fx.DIRECTOR_LEADS, actors.safetyDirector)])
      .when(fx.aSign({}, actors.safetyDirector))
      .thenThrows(NotThePrincipal));

  it('given a check, when the principal carries another person’s signature, then it is refused', () => {
    const command = fx.aSign();
    given(fx.history.open)
      .when({ ...command, data: { ...command.data, signature: fx.aSignatureBy(actors.staff) } })
      .thenThrows(NotThePrincipal);
  });

  it('given a check, when the result is neither found nor none, then it is refused', () =>
    given(fx.history.open)
      .when(fx.aSign({ result: 'maybe' as never }))
      .thenThrows(MonthlyCheckDetailsInvalid));
});

describe('Monthly check: months and deadlines in China Standard Time', () => {
  it('puts 23:30 on 31 January (CST) in January and the deadline at the end of the month plus the policy days', () => {
    expect(monthOf('2024-01-31T15:30:00.000Z')).toBe('2024-01');
    expect(monthOf('2024-01-31T16:00:00.000Z')).toBe('2024-02');
    expect(monthlyCheckDeadline('2024-12', { dueDaysAfterMonthEnd: 0 })).toBe('2024-12-31T16:00:00.000Z');
  });
});

describe('Monthly check command access (roles × commands)', () => {
  const ENTERPRISE = ['enterprise_staff', 'enterprise_principal', 'enterprise_safety_director'];
  it.each([
    ['RecordMonthlyCheck', ENTERPRISE],
    ['LinkMonthlyCheckHazard', ENTERPRISE],
    ['SignMonthlyCheck', ['enterprise_principal']],
  ] as const)('%s: %j only', (type, roles) =>
    expect(ROLES.filter((role) => monthlyCheckCommandAccess[type].roles.includes(role))).toEqual(roles),
  );

  it('covers every command', () =>
    expect(Object.keys(monthlyCheckCommandAccess).sort()).toEqual(
      ['LinkMonthlyCheckHazard', 'RecordMonthlyCheck', 'SignMonthlyCheck'].sort(),
    ));
});
