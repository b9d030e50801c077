import {
  ChangeMineResponsiblePersons,
  ChangeMineRiskGrade,
  CloseMine,
  MineCommand,
  RegisterMine,
} from './mine.commands';
import { resumeProduction, suspendProduction } from './mine.orders';
import {
  InvalidMineTransition,
  MineAlreadyRegistered,
  MineDetailsInvalid,
  MineDocumentNumberRequired,
  MineNotRegistered,
  MineReasonRequired,
  MineUnchanged,
} from './mine.errors';
import {
  MineClosed,
  MineEvent,
  MineRegistered,
  MineResponsiblePersonsChanged,
  MineRiskGradeChanged,
} from './mine.events';
import { Mine, RegisteredMine } from './mine.state';
import { RISK_GRADES } from '../reference/risk-grading';
import { isBlank, sameResponsibility, validateRegistration, validateResponsibility } from './mine.validation';

const registered = (state: Mine, command: MineCommand): RegisteredMine => {
  if (state.status === 'Unregistered') throw new MineNotRegistered(command.type);
  if (command.data.mineId !== state.mineId)
    throw new MineDetailsInvalid('mineId', '与所加载的矿山不符', 'does not match the loaded mine');
  return state;
};

const open = (state: Mine, command: MineCommand) => {
  const mine = registered(state, command);
  if (mine.status === 'Closed') throw new InvalidMineTransition(mine.status, command.type);
  return mine;
};

const requireReason = (command: MineCommand & { data: { reason: string } }) => {
  if (isBlank(command.data.reason)) throw new MineReasonRequired(command.type);
};

const register = (command: RegisterMine, state: Mine): MineRegistered => {
  if (state.status !== 'Unregistered') throw new MineAlreadyRegistered(state.mineId);
  validateRegistration(command.data);
  const { mineId, name, siteType, jurisdiction, enterprise, principal, responsiblePersons } = command.data;
  return {
    type: 'MineRegistered',
    data: {
      mineId,
      name,
      siteType,
      jurisdiction,
      enterprise,
      principal,
      responsiblePersons,
      registeredAt: command.metadata.now,
    },
  };
};

const changeRiskGrade = (command: ChangeMineRiskGrade, state: Mine): MineRiskGradeChanged => {
  const mine = open(state, command);
  const { mineId, grade, reason, gradingVersion } = command.data;
  requireReason(command);
  if (!RISK_GRADES.includes(grade)) throw new MineDetailsInvalid('grade', '须为 A、B、C 或 D', 'must be A, B, C or D');
  if (isBlank(gradingVersion))
    throw new MineDetailsInvalid('gradingVersion', '须注明分级标准版本', 'the grading version must be cited');
  if (grade === mine.riskGrade) throw new MineUnchanged(command.type);
  return {
    type: 'MineRiskGradeChanged',
    data: { mineId, previous: mine.riskGrade, next: grade, reason, gradingVersion, changedAt: command.metadata.now },
  };
};

const changeResponsiblePersons = (
  command: ChangeMineResponsiblePersons,
  state: Mine,
): MineResponsiblePersonsChanged => {
  const mine = open(state, command);
  const { mineId, reason, principal, responsiblePersons } = command.data;
  requireReason(command);
  validateResponsibility(command.data);
  const previous = { principal: mine.principal, responsiblePersons: [...mine.responsiblePersons] };
  const next = { principal, responsiblePersons };
  if (sameResponsibility(previous, next)) throw new MineUnchanged(command.type);
  return {
    type: 'MineResponsiblePersonsChanged',
    data: { mineId, previous, next, reason, changedAt: command.metadata.now },
  };
};

const close = (command: CloseMine, state: Mine): MineClosed => {
  open(state, command);
  const { mineId, decisionNo, reason } = command.data;
  if (isBlank(decisionNo)) throw new MineDocumentNumberRequired('decisionNo');
  requireReason(command);
  return { type: 'MineClosed', data: { mineId, decisionNo, reason, closedAt: command.metadata.now } };
};

export const decideMine = (command: MineCommand, state: Mine): MineEvent[] => {
  switch (command.type) {
    case 'RegisterMine':
      return [register(command, state)];
    case 'ChangeMineRiskGrade':
      return [changeRiskGrade(command, state)];
    case 'ChangeMineResponsiblePersons':
      return [changeResponsiblePersons(command, state)];
    case 'SuspendMineProduction':
      return [suspendProduction(command, open(state, command))];
    case 'ResumeMineProduction':
      return [resumeProduction(command, open(state, command))];
    case 'CloseMine':
      return [close(command, state)];
    default: {
      const unhandled: never = command;
      throw new Error(`Unknown mine command ${JSON.stringify(unhandled)}`);
    }
  }
};
