import { DeciderSpecification } from '@hazard-ledger/testing';
import { DomainError } from '../shared/domain-error';
import { fold } from '../shared/decider';
import { MineCommand } from './mine.commands';
import { mineDecider } from './mine.decider';
import {
  InvalidMineTransition,
  MineAlreadyRegistered,
  MineDetailsInvalid,
  MineNotRegistered,
  MineUnchanged,
} from './mine.errors';
import { MineEvent } from './mine.events';
import {
  aChangeMineResponsiblePersons,
  aChangeMineRiskGrade,
  aCloseMine,
  aMineClosed,
  aMineRegistered,
  aMineResponsiblePersonsChanged,
  aMineRiskGradeChanged,
  aNewResponsibility,
  aRegisterMine,
  aResponsibility,
  MINE_ID,
} from './mine.fixtures';
import {
  aMineProductionResumed,
  aMineProductionSuspended,
  aResumeMineProduction,
  aSuspendMineProduction,
  anOrderDocument,
} from './mine.order.fixtures';

const given = DeciderSpecification.for(mineDecider);

const PARTIAL = { extent: 'partial' as const, area: '-120m 中段 3号采场' };
const registered = aMineRegistered();
const suspendedPartial = aMineProductionSuspended({ orderNo: '长上应急停〔2024〕2号', scope: PARTIAL });
const histories: Record<string, MineEvent[]> = {
  Unregistered: [],
  Producing: [registered],
  'Suspended (full)': [registered, aMineProductionSuspended()],
  'Suspended (partial)': [registered, suspendedPartial],
  Closed: [registered, aMineClosed()],
};

describe('Mine', () => {
  describe('when unregistered', () => {
    it('registers the mine as producing', () => {
      given([]).when(aRegisterMine()).then([registered]);
      expect(fold(mineDecider, [registered])).toMatchObject({
        status: 'Producing',
        riskGrade: null,
        jurisdiction: '140404',
      });
    });
  });

  describe('when producing', () => {
    it('records the first risk grade with no previous grade', () =>
      given([registered]).when(aChangeMineRiskGrade()).then([aMineRiskGradeChanged()]));

    it('records the previous grade on a regrade', () =>
      given([registered, aMineRiskGradeChanged()])
        .when(aChangeMineRiskGrade({ grade: 'D', reason: '发现重大事故隐患' }))
        .then([aMineRiskGradeChanged({ previous: 'C', next: 'D', reason: '发现重大事故隐患' })]));

    it('refuses a regrade to the same grade', () =>
      given([registered, aMineRiskGradeChanged()]).when(aChangeMineRiskGrade()).thenThrows(MineUnchanged));

    it('refuses a grade outside A–D and an uncited grading version', () => {
      given([registered])
        .when(aChangeMineRiskGrade({ grade: 'E' as never }))
        .thenThrows(MineDetailsInvalid);
      given([registered])
        .when(aChangeMineRiskGrade({ gradingVersion: '' }))
        .thenThrows(MineDetailsInvalid);
    });

    it('records previous and next responsible persons', () =>
      given([registered]).when(aChangeMineResponsiblePersons()).then([aMineResponsiblePersonsChanged()]));

    it('refuses a person change that changes nothing, whatever the order', () => {
      const same = aResponsibility();
      same.responsiblePersons.reverse();
      given([registered]).when(aChangeMineResponsiblePersons(same)).thenThrows(MineUnchanged);
    });

    it('suspends production fully or partially under an order', () => {
      given([registered]).when(aSuspendMineProduction()).then([aMineProductionSuspended()]);
      given([registered])
        .when(aSuspendMineProduction({ order: anOrderDocument({ docNo: '长上应急停〔2024〕2号' }), scope: PARTIAL }))
        .then([suspendedPartial]);
    });

    it('refuses a partial suspension without an area', () =>
      given([registered])
        .when(aSuspendMineProduction({ scope: { extent: 'partial', area: ' ' } }))
        .thenThrows(MineDetailsInvalid));

    it('closes the mine', () => given([registered]).when(aCloseMine()).then([aMineClosed()]));
  });

  describe('when suspended', () => {
    it('resumes production, naming the order it lifts', () =>
      given(histories['Suspended (full)']).when(aResumeMineProduction()).then([aMineProductionResumed()]));

    it('widens a partial suspension to a full one', () =>
      given(histories['Suspended (partial)'])
        .when(aSuspendMineProduction())
        .then([aMineProductionSuspended({ supersedes: '长上应急停〔2024〕2号' })]));

    it('still records grade and person changes', () => {
      given(histories['Suspended (full)']).when(aChangeMineRiskGrade()).then([aMineRiskGradeChanged()]);
      given(histories['Suspended (full)'])
        .when(aChangeMineResponsiblePersons())
        .then([aMineResponsiblePersonsChanged()]);
    });

    it('closes the mine', () => given(histories['Suspended (full)']).when(aCloseMine()).then([aMineClosed()]));

    it('is producing again after resumption, and can be suspended anew', () => {
      const history = [...histories['Suspended (full)'], aMineProductionResumed()];
      expect(fold(mineDecider, history).status).toBe('Producing');
      given(history).when(aSuspendMineProduction()).then([aMineProductionSuspended()]);
    });
  });

  describe('forbidden transitions', () => {
    const commands: Record<MineCommand['type'], MineCommand> = {
      RegisterMine: aRegisterMine(),
      ChangeMineRiskGrade: aChangeMineRiskGrade(),
      ChangeMineResponsiblePersons: aChangeMineResponsiblePersons(),
      SuspendMineProduction: aSuspendMineProduction(),
      ResumeMineProduction: aResumeMineProduction(),
      CloseMine: aCloseMine(),
    };
    const rows: [string, MineCommand['type'], new (...args: never[]) => DomainError][] = [
      ...(
        [
          'ChangeMineRiskGrade',
          'ChangeMineResponsiblePersons',
          'SuspendMineProduction',
          'ResumeMineProduction',
          'CloseMine',
        ] as const
      ).map((type): [string, MineCommand['type'], typeof MineNotRegistered] => [
        'Unregistered',
        type,
        MineNotRegistered,
      ]),
      ...['Producing', 'Suspended (full)', 'Closed'].map(
        (state): [string, MineCommand['type'], typeof MineAlreadyRegistered] => [
          state,
          'RegisterMine',
          MineAlreadyRegistered,
        ],
      ),
      ['Producing', 'ResumeMineProduction', InvalidMineTransition],
      ['Suspended (full)', 'SuspendMineProduction', InvalidMineTransition],
      ...(
        [
          'ChangeMineRiskGrade',
          'ChangeMineResponsiblePersons',
          'SuspendMineProduction',
          'ResumeMineProduction',
          'CloseMine',
        ] as const
      ).map((type): [string, MineCommand['type'], typeof InvalidMineTransition] => [
        'Closed',
        type,
        InvalidMineTransition,
      ]),
    ];

    it.each(rows)('%s: %s → %p', (state, type, error) =>
      given(histories[state]).when(commands[type]).thenThrows(error),
    );

    it('refuses a second partial suspension over a partial one', () =>
      given(histories['Suspended (partial)'])
        .when(aSuspendMineProduction({ scope: { extent: 'partial', area: '-80m 中段' } }))
        .thenThrows(InvalidMineTransition));

    it('refuses a command addressed to another mine', () =>
      given([registered])
        .when(aCloseMine({ mineId: 'another-mine' }))
        .thenThrows(MineDetailsInvalid));
  });

  describe('replay', () => {
    it('ignores events that do not fit the state instead of failing', () => {
      expect(fold(mineDecider, [aMineProductionResumed()])).toEqual({ status: 'Unregistered' });
      const closed = fold(mineDecider, [
        registered,
        aMineClosed(),
        aMineProductionSuspended(),
        aMineProductionResumed(),
      ]);
      expect(closed.status).toBe('Closed');
    });

    it('keeps the latest grade and persons', () => {
      const mine = fold(mineDecider, [registered, aMineRiskGradeChanged(), aMineResponsiblePersonsChanged()]);
      expect(mine).toMatchObject({ mineId: MINE_ID, riskGrade: 'C', ...aNewResponsibility() });
    });
  });

  it('reports errors in both languages under a stable name for the API', () => {
    const error = new InvalidMineTransition('Closed', 'SuspendMineProduction');
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ name: 'InvalidMineTransition', code: 'InvalidMineTransition' });
    expect(error.messageZh).toContain('已关闭');
    expect(error.messageEn).toContain('Closed');
  });
});
