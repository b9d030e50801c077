import { DeciderSpecification } from '@hazard-ledger/testing';
import { ROLES } from '../shared/actor';
import { fold } from '../shared/decider';
import { inspectionCommandAccess } from './inspection.access';
import { InspectionCommand, InspectionCommandType } from './inspection.commands';
import { inspectionDecider } from './inspection.decider';
import {
  AlreadySignedInspection,
  ClauseAlreadyExamined,
  InspectionDetailsInvalid,
  InspectionNotRecorded,
  InspectionResultMissing,
  InvalidInspectionTransition,
  LateEntryReasonRequired,
  NotOnInspectionTeam,
} from './inspection.errors';
import * as fx from './inspection.fixtures';

const given = DeciderSpecification.for(inspectionDecider);
const { actors } = fx;

/** One valid command of each type after the first, issued by the team's leader. */
const LATER_COMMANDS: Record<Exclude<InspectionCommandType, 'RecordInspection'>, () => InspectionCommand> = {
  ExamineClauses: () => fx.anExamineClauses(),
  RecordInspectionFinding: () => fx.aRecordFinding(),
  AttachInspectionMedia: () => fx.anAttachMedia(),
  RecordKnowledgeTest: () => fx.aRecordKnowledgeTest(),
  RecordInspectionResult: () => fx.aRecordResult(),
  SignInspectionResult: () => fx.aSignResult(actors.leader),
};
const laterTypes = Object.keys(LATER_COMMANDS) as (keyof typeof LATER_COMMANDS)[];

describe('Inspection: recording (检查记录)', () => {
  it('given nothing, when a team of three records an 四不两直 inspection, then it is recorded with its team', () =>
    given([]).when(fx.aRecordInspection()).then([fx.recorded]));

  it.each([
    ['a team of one', { team: [fx.TEAM[0]] }],
    ['no leader', { team: fx.TEAM.map((m) => ({ ...m, leader: false })) }],
    ['two leaders', { team: fx.TEAM.map((m, i) => ({ ...m, leader: i < 2 })) }],
    ['a member without 执法证号', { team: [fx.TEAM[0], { ...fx.TEAM[1], certificateNo: '' }] }],
    ['an enterprise member', { team: [fx.TEAM[0], { ...fx.TEAM[1], role: 'enterprise_staff' }] }],
    ['a member twice', { team: [fx.TEAM[0], fx.TEAM[1], fx.TEAM[1]] }],
    ['an unknown kind', { kind: 'casual' as never }],
    ['no area', { areas: [] }],
    ['a blank area', { areas: [' '] }],
    ['a future occurredAt', { occurredAt: '2024-03-11T00:00:00.000Z' }],
  ])('given nothing, when recorded with %s, then it is refused', (_, data) =>
    given([]).when(fx.aRecordInspection(data)).thenThrows(InspectionDetailsInvalid),
  );

  it('given nothing, when entered 4 days late without a reason, then it is refused citing the policy', () =>
    given([])
      .when(fx.aRecordInspection({ occurredAt: '2024-03-06T00:00:00.000Z' }))
      .thenThrows(LateEntryReasonRequired, (e) => expect(e.message).toContain(fx.POLICY.version)));

  it('given nothing, when entered late with a reason, then the lateness and the reason are recorded', () => {
    const late = fx.aRecordInspection({ occurredAt: '2024-03-06T00:00:00.000Z', lateReason: '执法终端离线，回局补录' });
    const [event] = inspectionDecider.decide(late, inspectionDecider.initialState());
    expect(event.data).toMatchObject({
      startedAt: '2024-03-06T00:00:00.000Z',
      recordedAt: fx.NOW,
      late: true,
      lateReason: '执法终端离线，回局补录',
    });
  });

  it('given nothing, when entered within the threshold, then it is not late and keeps no reason', () => {
    const [event] = inspectionDecider.decide(
      fx.aRecordInspection({ lateReason: '无' }),
      inspectionDecider.initialState(),
    );
    expect(event.data).toMatchObject({ late: false, lateReason: null });
  });

  it('given a recorded inspection, when recorded again, then it is refused', () =>
    given(fx.history.inProgress).when(fx.aRecordInspection()).thenThrows(InvalidInspectionTransition));
});

describe('Inspection: forbidden transitions', () => {
  it.each(laterTypes)('given nothing, when %s, then the inspection is not found', (type) =>
    given([]).when(LATER_COMMANDS[type]()).thenThrows(InspectionNotRecorded),
  );

  it.each(laterTypes)('given a completed inspection, when %s, then it is refused (signed is final)', (type) =>
    given(fx.history.completed).when(LATER_COMMANDS[type]()).thenThrows(InvalidInspectionTransition),
  );

  it.each(laterTypes)('given an inspection, when someone off the team does %s, then it is refused', (type) => {
    const command = {
      ...LATER_COMMANDS[type](),
      metadata: { ...LATER_COMMANDS[type]().metadata, actor: actors.inspectorC },
    };
    given(fx.history.resulted)
      .when(command as InspectionCommand)
      .thenThrows(NotOnInspectionTeam);
  });
});

describe('Inspection: clauses, findings, media, 逢查必考', () => {
  it('given an inspection, when a clause is examined without finding, then its result and the catalogue version are kept', () =>
    given(fx.history.inProgress)
      .when(fx.anExamineClauses())
      .then([
        {
          type: 'ClausesExamined',
          data: {
            inspectionId: fx.INSPECTION_ID,
            clauses: [{ clauseId: 'MHS2022-UG-01', note: '两个安全出口畅通' }],
            catalogueVersion: fx.reference.catalogue.version,
            examinedAt: fx.NOW,
            voidedSignatures: [],
          },
        },
      ]));

  it.each([
    ['a clause not in the catalogue in force', [{ clauseId: 'MHS2022-UG-99', note: '' }]],
    [
      'the same clause twice',
      [
        { clauseId: 'MHS2022-UG-01', note: '' },
        { clauseId: 'MHS2022-UG-01', note: '' },
      ],
    ],
    ['no clause', []],
  ])('given an inspection, when examining %s, then it is refused', (_, clauses) =>
    given(fx.history.inProgress).when(fx.anExamineClauses({ clauses })).thenThrows(InspectionDetailsInvalid),
  );

  it('given an examined clause, when examined again or given a finding, then it is refused', () => {
    const examined = inspectionDecider.decide(fx.anExamineClauses(), fold(inspectionDecider, fx.history.inProgress));
    given([...fx.history.inProgress, ...examined])
      .when(fx.anExamineClauses())
      .thenThrows(ClauseAlreadyExamined);
    given([...fx.history.inProgress, ...examined])
      .when(fx.aRecordFinding({ clauseId: 'MHS2022-UG-01' }))
      .thenThrows(ClauseAlreadyExamined);
  });

  it('given an inspection, when a finding is recorded, then the clause points at the hazard', () => {
    const events = inspectionDecider.decide(fx.aRecordFinding(), fold(inspectionDecider, fx.history.inProgress));
    const state = fold(inspectionDecider, [...fx.history.inProgress, ...events]);
    expect(state.status === 'in_progress' && state.clauses['MHS2022-UG-20']).toEqual({
      result: 'finding',
      hazardId: 'hazard-9',
    });
  });

  it('given an inspection, when media with a non-SM3 hash is attached, then it is refused', () =>
    given(fx.history.inProgress)
      .when(fx.anAttachMedia({ media: [{ mediaId: 'DSJ-1', hash: 'not-a-hash', alg: 'sm3' }] }))
      .thenThrows(InspectionDetailsInvalid));

  it('given an inspection, when people are examined (逢查必考), then scores and their average are recorded', () => {
    const [event] = inspectionDecider.decide(fx.aRecordKnowledgeTest(), fold(inspectionDecider, fx.history.inProgress));
    expect(event.data).toMatchObject({ averageScore: 77.5 });
  });

  it('given an inspection, when a score above 100 is recorded, then it is refused', () =>
    given(fx.history.inProgress)
      .when(fx.aRecordKnowledgeTest({ people: [{ name: '甲', position: '矿长', score: 101 }] }))
      .thenThrows(InspectionDetailsInvalid));
});

describe('Inspection: every member signs the result (谁检查、谁签名、谁负责)', () => {
  it('given no result, when a member signs, then there is nothing to sign', () =>
    given(fx.history.inProgress).when(fx.aSignResult(actors.leader)).thenThrows(InspectionResultMissing));

  it('given a result, when the first member signs, then the signature is recorded and the inspection stays open', () =>
    given(fx.history.resulted)
      .when(fx.aSignResult(actors.leader))
      .then([fx.signedBy(actors.leader, true)]));

  it('given two signatures, when the third member signs, then the inspection is completed', () =>
    given([...fx.history.partlySigned, fx.signedBy(actors.inspectorA)])
      .when(fx.aSignResult(actors.inspectorB))
      .then([fx.signedBy(actors.inspectorB), fx.completed]));

  it('given a member signed, when they sign again, then it is refused', () =>
    given(fx.history.partlySigned).when(fx.aSignResult(actors.leader)).thenThrows(AlreadySignedInspection));

  it('given a result, when a member carries another person’s signature, then it is refused', () => {
    const command = fx.aSignResult(actors.inspectorA);
    given(fx.history.resulted)
      .when({ ...command, data: { ...command.data, signature: fx.aSignatureBy(actors.inspectorB) } })
      .thenThrows(NotOnInspectionTeam);
  });

  it('given a signature, when the result is changed, then the signature is voided and named in the event', () =>
    given(fx.history.partlySigned)
      .when(fx.aRecordResult({ result: 'major_hazard_found', summary: '通风系统不符合要求' }))
      .then([
        {
          type: 'InspectionResultRecorded',
          data: {
            inspectionId: fx.INSPECTION_ID,
            result: 'major_hazard_found',
            summary: '通风系统不符合要求',
            recordedAt: fx.NOW,
            voidedSignatures: [actors.leader.id],
          },
        },
      ]));

  it('given a voided signature, when the others sign, then it is not complete until the voided signer signs again', () => {
    const voided = [...fx.history.partlySigned, fx.resultRecorded([actors.leader.id])];
    given([...voided, fx.signedBy(actors.inspectorA)])
      .when(fx.aSignResult(actors.inspectorB))
      .then([fx.signedBy(actors.inspectorB)]);
    given([...voided, fx.signedBy(actors.inspectorA), fx.signedBy(actors.inspectorB)])
      .when(fx.aSignResult(actors.leader))
      .then([fx.signedBy(actors.leader, true), fx.completed]);
  });

  it.each(['ExamineClauses', 'RecordInspectionFinding', 'AttachInspectionMedia', 'RecordKnowledgeTest'] as const)(
    'given a signature, when %s changes the signed record, then the signature is voided',
    (type) => {
      const [event] = inspectionDecider.decide(
        LATER_COMMANDS[type](),
        fold(inspectionDecider, fx.history.partlySigned),
      );
      expect(event.data).toMatchObject({ voidedSignatures: [actors.leader.id] });
    },
  );
});

describe('Inspection command access (roles × commands)', () => {
  const REGULATORS = ['inspector', 'supervising_leader'];
  it.each(Object.keys(inspectionCommandAccess) as InspectionCommandType[])(
    '%s: only inspectors and supervising leaders',
    (type) => expect(ROLES.filter((role) => inspectionCommandAccess[type].roles.includes(role))).toEqual(REGULATORS),
  );
});
