/** Deterministic builders for the monthly-check specs: mine-1's check of February 2024, entered at NOW (2024-03-10). */
import { Actor } from '../shared/actor';
import { CommandMetadata } from '../shared/command';
import { ESignature } from '../shared/signature';
import { MINE_ID, NOW, actors, reference } from '../hazard/fixtures/reference';
import { MonthlyCheckCommand } from './monthly-check.commands';
import { MonthlyCheckEvent } from './monthly-check.events';
import { MonthlyCheckPolicyRef } from './monthly-check.values';

export { MINE_ID, NOW, actors, reference };
export const MONTH = '2024-02';
export const CHECK_ID = `${MINE_ID}.${MONTH}`;
export const PERFORMED_AT = '2024-02-20T02:00:00.000Z';
/** End of February 2024 in China Standard Time plus the test policy's 5 days. */
export const DEADLINE = '2024-03-05T16:00:00.000Z';
export const POLICY: MonthlyCheckPolicyRef = { version: 'monthly-check-test@1', dueDaysAfterMonthEnd: 5 };
export const PARTICIPANTS = [
  { name: '刘工', position: '总工程师' },
  { name: '孙技术', position: '安全技术员' },
];

type Meta = Partial<CommandMetadata>;
const build =
  <C extends MonthlyCheckCommand>(type: C['type'], defaults: () => C['data']) =>
  (data: Partial<C['data']> = {}, meta: Meta = {}): C =>
    ({
      type,
      data: { ...defaults(), ...data },
      metadata: { now: NOW, reference, actor: actors.principal, ...meta },
    }) as C;

const on = { checkId: CHECK_ID };
/** The mine's principal on record (the 一企一档 file) is the principal actor, by name. */
export const PRINCIPAL_LEADS = { name: actors.principal.name, position: '矿长' };
export const DIRECTOR_LEADS = { name: actors.safetyDirector.name, position: '安全总监' };
export const aRecordCheck = build<Extract<MonthlyCheckCommand, { type: 'RecordMonthlyCheck' }>>(
  'RecordMonthlyCheck',
  () => ({
    ...on,
    mineId: MINE_ID,
    month: MONTH,
    occurredAt: PERFORMED_AT,
    leader: PRINCIPAL_LEADS,
    principalOnRecord: actors.principal.name,
    participants: PARTICIPANTS,
    areas: ['-120m 中段', '主井'],
    clauses: ['MHS2022-UG-01', 'MHS2022-UG-20'],
    policy: POLICY,
  }),
);
export const ORIGIN = {
  mineId: MINE_ID,
  source: 'monthly_check',
  linkedRef: { kind: 'monthly_investigation', id: CHECK_ID },
};
export const aLinkHazard = build<Extract<MonthlyCheckCommand, { type: 'LinkMonthlyCheckHazard' }>>(
  'LinkMonthlyCheckHazard',
  () => ({ ...on, hazardId: 'hazard-7', hazard: ORIGIN }),
);
export const aSignatureBy = (a: Actor): ESignature => ({
  signerId: a.id,
  printedName: a.name,
  role: a.role,
  meaning: '月度重大事故隐患排查结果签字 / monthly check result signed',
  signedAt: NOW,
  contentHash: 'ef'.repeat(32),
});
export const aSign = (
  data: Partial<{ result: 'hazards_found' | 'none_found'; summary: string }> = {},
  a = actors.principal,
) =>
  build<Extract<MonthlyCheckCommand, { type: 'SignMonthlyCheck' }>>('SignMonthlyCheck', () => ({
    ...on,
    result: 'none_found',
    summary: '本月未发现重大事故隐患',
    signature: aSignatureBy(a),
  }))(data, { actor: a });

/** The check as recorded: led by `leader` (named), entered by `recorder`, judged against the principal on record. */
export const recorded = (
  leader: { name: string; position: string } = PRINCIPAL_LEADS,
  recorder: Actor = actors.principal,
  late = false,
): MonthlyCheckEvent => ({
  type: 'MonthlyCheckRecorded',
  data: {
    ...on,
    mineId: MINE_ID,
    month: MONTH,
    performedAt: PERFORMED_AT,
    recordedAt: NOW,
    leader,
    ledByPrincipal: leader.name === actors.principal.name,
    recordedBy: { id: recorder.id, name: recorder.name, role: recorder.role },
    principalOnRecord: actors.principal.name,
    participants: PARTICIPANTS,
    areas: ['-120m 中段', '主井'],
    clauses: ['MHS2022-UG-01', 'MHS2022-UG-20'],
    catalogueVersion: reference.catalogue.version,
    deadline: DEADLINE,
    late,
    policyVersion: POLICY.version,
  },
});
export const linked = (hazardId = 'hazard-7'): MonthlyCheckEvent => ({
  type: 'MonthlyCheckHazardLinked',
  data: { ...on, hazardId, linkedAt: NOW },
});
export const signed = (
  result: 'hazards_found' | 'none_found' = 'none_found',
  hazardIds: string[] = [],
): MonthlyCheckEvent => ({
  type: 'MonthlyCheckSigned',
  data: {
    ...on,
    result,
    summary: '本月未发现重大事故隐患',
    hazardIds,
    signature: aSignatureBy(actors.principal),
    signedAt: NOW,
  },
});
export const history = {
  open: [recorded()],
  withHazard: [recorded(), linked()],
  signed: [recorded(), signed()],
};
