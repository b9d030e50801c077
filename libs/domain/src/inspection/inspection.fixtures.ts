/** Deterministic builders for the inspection specs: a district team of three inspecting mine-1 at NOW. */
import { Actor } from '../shared/actor';
import { CommandMetadata } from '../shared/command';
import { ESignature } from '../shared/signature';
import { MINE_ID, NOW, actors, reference } from '../hazard/fixtures/reference';
import { InspectionCommand } from './inspection.commands';
import { InspectionEvent } from './inspection.events';
import { InspectionPolicyRef, TeamMember } from './inspection.values';

export { MINE_ID, NOW, actors, reference };
export const INSPECTION_ID = 'inspection-1';
export const STARTED_AT = '2024-03-10T01:00:00.000Z';
export const POLICY: InspectionPolicyRef = {
  version: 'inspection-policy-test@1',
  lateEntryAfterHours: 72,
  minTeamSize: 2,
};
export const HASH = 'ab'.repeat(32);

const member = (a: Actor, leader = false): TeamMember => ({
  userId: a.id,
  name: a.name,
  role: a.role,
  certificateNo: a.certificateNo ?? '',
  leader,
});
export const TEAM: TeamMember[] = [member(actors.leader, true), member(actors.inspectorA), member(actors.inspectorB)];

type Meta = Partial<CommandMetadata>;
const build =
  <C extends InspectionCommand>(type: C['type'], defaults: () => C['data']) =>
  (data: Partial<C['data']> = {}, meta: Meta = {}): C =>
    ({
      type,
      data: { ...defaults(), ...data },
      metadata: { now: NOW, reference, actor: actors.leader, ...meta },
    }) as C;

const on = { inspectionId: INSPECTION_ID };
export const aRecordInspection = build<Extract<InspectionCommand, { type: 'RecordInspection' }>>(
  'RecordInspection',
  () => ({
    ...on,
    mineId: MINE_ID,
    kind: 'unannounced',
    planItemId: 'plan-2024-03',
    areas: ['-120m 中段', '主井'],
    team: TEAM,
    occurredAt: STARTED_AT,
    policy: POLICY,
  }),
);
export const anExamineClauses = build<Extract<InspectionCommand, { type: 'ExamineClauses' }>>('ExamineClauses', () => ({
  ...on,
  clauses: [{ clauseId: 'MHS2022-UG-01', note: '两个安全出口畅通' }],
}));
export const aRecordFinding = build<Extract<InspectionCommand, { type: 'RecordInspectionFinding' }>>(
  'RecordInspectionFinding',
  () => ({ ...on, clauseId: 'MHS2022-UG-20', hazardId: 'hazard-9' }),
);
export const anAttachMedia = build<Extract<InspectionCommand, { type: 'AttachInspectionMedia' }>>(
  'AttachInspectionMedia',
  () => ({ ...on, media: [{ mediaId: 'DSJ-0001', hash: HASH, alg: 'sm3' }] }),
);
export const aRecordKnowledgeTest = build<Extract<InspectionCommand, { type: 'RecordKnowledgeTest' }>>(
  'RecordKnowledgeTest',
  () => ({
    ...on,
    people: [
      { name: '赵矿长', position: '矿长', score: 85 },
      { name: '孙班长', position: '班组长', score: 70 },
    ],
  }),
);
export const aRecordResult = build<Extract<InspectionCommand, { type: 'RecordInspectionResult' }>>(
  'RecordInspectionResult',
  () => ({ ...on, result: 'no_major_hazard', summary: '未发现重大事故隐患' }),
);
export const aSignatureBy = (a: Actor): ESignature => ({
  signerId: a.id,
  printedName: a.name,
  role: a.role,
  meaning: '检查结果签名 / inspection result signed',
  signedAt: NOW,
  contentHash: 'cd'.repeat(32),
});
export const aSignResult = (a: Actor) =>
  build<Extract<InspectionCommand, { type: 'SignInspectionResult' }>>('SignInspectionResult', () => ({
    ...on,
    signature: aSignatureBy(a),
  }))({}, { actor: a });

/** The events the builders above decide, for `given`. */
export const recorded: InspectionEvent = {
  type: 'InspectionRecorded',
  data: {
    ...on,
    mineId: MINE_ID,
    kind: 'unannounced',
    planItemId: 'plan-2024-03',
    areas: ['-120m 中段', '主井'],
    team: TEAM,
    startedAt: STARTED_AT,
    recordedAt: NOW,
    late: false,
    lateReason: null,
    policyVersion: POLICY.version,
  },
};
export const resultRecorded = (voidedSignatures: string[] = []): InspectionEvent => ({
  type: 'InspectionResultRecorded',
  data: { ...on, result: 'no_major_hazard', summary: '未发现重大事故隐患', recordedAt: NOW, voidedSignatures },
});
export const signedBy = (a: Actor, leader = false): InspectionEvent => ({
  type: 'InspectionResultSigned',
  data: { ...on, signerId: a.id, leader, result: 'no_major_hazard', signature: aSignatureBy(a) },
});
export const completed: InspectionEvent = { type: 'InspectionCompleted', data: { ...on, completedAt: NOW } };
export const history = {
  inProgress: [recorded],
  resulted: [recorded, resultRecorded()],
  partlySigned: [recorded, resultRecorded(), signedBy(actors.leader, true)],
  completed: [
    recorded,
    resultRecorded(),
    signedBy(actors.leader, true),
    signedBy(actors.inspectorA),
    signedBy(actors.inspectorB),
    completed,
  ],
};
