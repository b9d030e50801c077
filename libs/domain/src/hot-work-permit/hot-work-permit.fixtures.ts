/** Deterministic builders for the hot-work permit specs: a welding job at mine-1, window 08:00–16:00 on NOW's day. */
import { Actor } from '../shared/actor';
import { CommandMetadata } from '../shared/command';
import { ESignature } from '../shared/signature';
import { MINE_ID, NOW, actors } from '../hazard/fixtures/reference';
import { HotWorkPermitCommand, HotWorkPolicyRef } from './hot-work-permit.commands';
import { HotWorkPermitEvent } from './hot-work-permit.events';

export { MINE_ID, NOW, actors };
export const PERMIT_ID = 'permit-1';
/** NOW is 2024-03-10T09:00Z; the window is 08:00–16:00 UTC that day. */
export const WINDOW = { windowStart: '2024-03-10T08:00:00.000Z', windowEnd: '2024-03-10T16:00:00.000Z' };
export const POLICY: HotWorkPolicyRef = { version: 'hot-work-test@1', maxWindowHours: 12 };
export const BEFORE_WINDOW = '2024-03-10T07:59:00.000Z';
export const AFTER_WINDOW = '2024-03-10T16:01:00.000Z';

type Meta = Partial<CommandMetadata>;
const build =
  <C extends HotWorkPermitCommand>(type: C['type'], defaults: () => C['data'], actor: Actor) =>
  (data: Partial<C['data']> = {}, meta: Meta = {}): C =>
    ({ type, data: { ...defaults(), ...data }, metadata: { now: NOW, actor, ...meta } }) as C;

const on = { permitId: PERMIT_ID };
const person = ({ id, name, role }: Actor) => ({ id, name, role });
export const REQUEST = {
  ...on,
  mineId: MINE_ID,
  location: '-120m 中段 2# 溜井口',
  underground: true,
  work: '溜井格筛焊接修补',
  ...WINDOW,
  precautions: ['清理周边 10 m 内可燃物', '配备灭火器 2 具'],
};
export const aRequest = build<Extract<HotWorkPermitCommand, { type: 'RequestHotWorkPermit' }>>(
  'RequestHotWorkPermit',
  () => ({ ...REQUEST, policy: POLICY }),
  actors.staff,
);
export const aSignatureBy = (a: Actor): ESignature => ({
  signerId: a.id,
  printedName: a.name,
  role: a.role,
  meaning: '动火作业审批 / hot-work permit approved',
  signedAt: NOW,
  contentHash: '12'.repeat(32),
});
export const APPROVED_PRECAUTIONS = ['清理周边 10 m 内可燃物', '配备灭火器 2 具', '专人监护'];
export const anApprove = (a: Actor = actors.safetyDirector, meta: Meta = {}) =>
  build<Extract<HotWorkPermitCommand, { type: 'ApproveHotWorkPermit' }>>(
    'ApproveHotWorkPermit',
    () => ({ ...on, precautions: APPROVED_PRECAUTIONS, signature: aSignatureBy(a) }),
    a,
  )({}, meta);
export const aStart = build<Extract<HotWorkPermitCommand, { type: 'StartHotWork' }>>(
  'StartHotWork',
  () => on,
  actors.staff,
);
export const aFinish = build<Extract<HotWorkPermitCommand, { type: 'FinishHotWork' }>>(
  'FinishHotWork',
  () => ({ ...on, note: '完工，现场无遗留火种' }),
  actors.staff,
);
export const aCancel = build<Extract<HotWorkPermitCommand, { type: 'CancelHotWorkPermit' }>>(
  'CancelHotWorkPermit',
  () => ({ ...on, reason: '设备到货推迟' }),
  actors.staff,
);

export const requested: HotWorkPermitEvent = {
  type: 'HotWorkPermitRequested',
  data: {
    ...REQUEST,
    contractorId: null,
    requestedBy: person(actors.staff),
    requestedAt: NOW,
    policyVersion: POLICY.version,
  },
};
export const approved: HotWorkPermitEvent = {
  type: 'HotWorkPermitApproved',
  data: {
    ...on,
    approvedBy: person(actors.safetyDirector),
    precautions: APPROVED_PRECAUTIONS,
    signature: aSignatureBy(actors.safetyDirector),
    approvedAt: NOW,
  },
};
export const started: HotWorkPermitEvent = {
  type: 'HotWorkStarted',
  data: { ...on, startedBy: person(actors.staff), startedAt: NOW },
};
export const finished: HotWorkPermitEvent = {
  type: 'HotWorkFinished',
  data: { ...on, finishedBy: person(actors.staff), finishedAt: NOW, note: '完工，现场无遗留火种' },
};
export const cancelled = (fromStatus: 'requested' | 'approved'): HotWorkPermitEvent => ({
  type: 'HotWorkPermitCancelled',
  data: { ...on, cancelledBy: person(actors.staff), cancelledAt: NOW, reason: '设备到货推迟', fromStatus },
});
export const history = {
  requested: [requested],
  approved: [requested, approved],
  started: [requested, approved, started],
  finished: [requested, approved, started, finished],
  cancelled: [requested, cancelled('requested')],
};
