import { Actor } from '../shared/actor';
import {
  ApproveHotWorkPermit,
  CancelHotWorkPermit,
  FinishHotWork,
  HotWorkPermitCommand,
  RequestHotWorkPermit,
  StartHotWork,
} from './hot-work-permit.commands';
import {
  ApprovalSignatureMismatch,
  ApproverIsRequester,
  HotWorkPermitDetailsInvalid,
  HotWorkPermitNotRequested,
  InvalidHotWorkPermitTransition,
  OutsidePermitWindow,
  PermitContractorNotOfMine,
} from './hot-work-permit.errors';
import { HotWorkPermitEvent, PermitPerson } from './hot-work-permit.events';
import { HotWorkPermit, HotWorkPermitStatus, PermitRecord } from './hot-work-permit.state';

const HOUR = 3_600_000;
const invalid = (field: string, zh: string, en: string) => new HotWorkPermitDetailsInvalid(field, zh, en);
const requireText = (value: unknown, field: string): void => {
  if (typeof value !== 'string' || value.trim() === '') throw invalid(field, '不能为空', 'must not be blank');
};
const requireMeasures = (precautions: unknown, field: string): void => {
  if (!Array.isArray(precautions) || precautions.length === 0)
    throw invalid(field, '须列明安全技术措施', 'name the safety measures');
  precautions.forEach((p, i) => requireText(p, `${field}[${i}]`));
};
const person = ({ id, name, role }: Actor): PermitPerson => ({ id, name, role });

const request = (command: RequestHotWorkPermit, state: HotWorkPermit): HotWorkPermitEvent => {
  if (state.status !== 'not_requested') throw new InvalidHotWorkPermitTransition(state.status, command.type);
  const { permitId, mineId, location, underground, work, windowStart, windowEnd, precautions, contractorId, policy } =
    command.data;
  const { now, actor } = command.metadata;
  requireText(mineId, 'mineId');
  requireText(location, 'location');
  requireText(work, 'work');
  if (typeof underground !== 'boolean') throw invalid('underground', '须为是或否', 'must be true or false');
  requireMeasures(precautions, 'precautions');
  const [start, end] = [Date.parse(windowStart), Date.parse(windowEnd)];
  if (!(end > start)) throw invalid('windowEnd', '须晚于开始时间', 'must be after windowStart');
  if (end - start > policy.maxWindowHours * HOUR)
    throw invalid(
      'windowEnd',
      `一张作业票最长 ${policy.maxWindowHours} 小时（${policy.version}）`,
      `a permit covers at most ${policy.maxWindowHours} h (${policy.version})`,
    );
  if (contractorId !== undefined && command.data.contractor?.mineId !== mineId)
    throw new PermitContractorNotOfMine(String(contractorId), mineId);
  if (!(end > Date.parse(now)))
    throw invalid('windowEnd', '作业时段已过，不能补办', 'the window has passed: no permit after the fact');
  return {
    type: 'HotWorkPermitRequested',
    data: {
      ...{ permitId, mineId, location, underground, work, windowStart, windowEnd, precautions },
      ...{
        contractorId: contractorId ?? null,
        requestedBy: person(actor),
        requestedAt: now,
        policyVersion: policy.version,
      },
    },
  };
};

const inStatus = (
  state: HotWorkPermit,
  command: HotWorkPermitCommand,
  allowed: HotWorkPermitStatus[],
): PermitRecord => {
  if (state.status === 'not_requested') throw new HotWorkPermitNotRequested(command.type);
  if (command.data.permitId !== state.permitId)
    throw invalid('permitId', '与所加载的作业票不符', 'does not match the loaded permit');
  if (!allowed.includes(state.status)) throw new InvalidHotWorkPermitTransition(state.status, command.type);
  return state;
};

const approve = (command: ApproveHotWorkPermit, state: HotWorkPermit): HotWorkPermitEvent => {
  const permit = inStatus(state, command, ['requested']);
  const { actor, now } = command.metadata;
  if (actor.id === permit.requestedBy) throw new ApproverIsRequester(actor.id);
  if (command.data.signature?.signerId !== actor.id) throw new ApprovalSignatureMismatch(actor.id);
  if (Date.parse(now) > Date.parse(permit.windowEnd)) throw new OutsidePermitWindow(command.type, permit, now);
  requireMeasures(command.data.precautions, 'precautions');
  const { precautions, signature } = command.data;
  return {
    type: 'HotWorkPermitApproved',
    data: { permitId: permit.permitId, approvedBy: person(actor), precautions, signature, approvedAt: now },
  };
};

const start = (command: StartHotWork, state: HotWorkPermit): HotWorkPermitEvent => {
  const permit = inStatus(state, command, ['approved']);
  const { actor, now } = command.metadata;
  const t = Date.parse(now);
  if (t < Date.parse(permit.windowStart) || t > Date.parse(permit.windowEnd))
    throw new OutsidePermitWindow(command.type, permit, now);
  return { type: 'HotWorkStarted', data: { permitId: permit.permitId, startedBy: person(actor), startedAt: now } };
};

const finish = (command: FinishHotWork, state: HotWorkPermit): HotWorkPermitEvent => {
  const permit = inStatus(state, command, ['started']);
  requireText(command.data.note, 'note');
  const { actor, now } = command.metadata;
  return {
    type: 'HotWorkFinished',
    data: { permitId: permit.permitId, finishedBy: person(actor), finishedAt: now, note: command.data.note },
  };
};

const cancel = (command: CancelHotWorkPermit, state: HotWorkPermit): HotWorkPermitEvent => {
  const permit = inStatus(state, command, ['requested', 'approved']);
  requireText(command.data.reason, 'reason');
  const { actor, now } = command.metadata;
  return {
    type: 'HotWorkPermitCancelled',
    data: {
      ...{ permitId: permit.permitId, cancelledBy: person(actor), cancelledAt: now, reason: command.data.reason },
      fromStatus: state.status as 'requested' | 'approved',
    },
  };
};

export const decideHotWorkPermit = (command: HotWorkPermitCommand, state: HotWorkPermit): HotWorkPermitEvent[] => {
  switch (command.type) {
    case 'RequestHotWorkPermit':
      return [request(command, state)];
    case 'ApproveHotWorkPermit':
      return [approve(command, state)];
    case 'StartHotWork':
      return [start(command, state)];
    case 'FinishHotWork':
      return [finish(command, state)];
    case 'CancelHotWorkPermit':
      return [cancel(command, state)];
    default: {
      const unhandled: never = command;
      throw new Error(`Unknown hot-work permit command ${JSON.stringify(unhandled)}`);
    }
  }
};
