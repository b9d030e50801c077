import { cstMonth, requireDay, requireMonth, requireNumber, requireText } from '../shared/field-checks';
import {
  ContractorCommand,
  EndContractorContract,
  RecordContractorAssessment,
  RegisterContractor,
} from './contractor.commands';
import {
  ContractorDetailsInvalid as Invalid,
  ContractorMonthAlreadyAssessed,
  ContractorNotRegistered,
  InvalidContractorTransition,
  QualificationExpired,
  ResubcontractingForbidden,
} from './contractor.errors';
import { ContractorEvent } from './contractor.events';
import { Contractor } from './contractor.state';

const existing = (state: Contractor, command: ContractorCommand) => {
  if (state.status === 'not_registered') throw new ContractorNotRegistered(command.type);
  if (command.data.contractorId !== state.contractorId)
    throw new Invalid('contractorId', '与所加载的外包单位不符', 'does not match the loaded contractor');
  return state;
};

const register = (command: RegisterContractor, state: Contractor): ContractorEvent => {
  if (state.status !== 'not_registered') throw new InvalidContractorTransition(state.status, command.type);
  const d = command.data;
  if (d.subcontractorOf) throw new ResubcontractingForbidden(d.subcontractorOf);
  const contractFrom = requireDay(Invalid, d.contractFrom, 'contractFrom');
  const contractTo = requireDay(Invalid, d.contractTo, 'contractTo');
  if (contractTo < contractFrom)
    throw new Invalid('contractTo', '不能早于合同开始日', 'must not be before contractFrom');
  const q = d.qualification ?? ({} as RegisterContractor['data']['qualification']);
  const validUntil = requireDay(Invalid, q.validUntil, 'qualification.validUntil');
  if (validUntil < contractFrom) throw new QualificationExpired(validUntil);
  if (!Array.isArray(d.workScope) || d.workScope.length === 0)
    throw new Invalid('workScope', '须至少一项作业内容', 'at least one kind of work');
  const workScope = d.workScope.map((w, i) => requireText(Invalid, w, `workScope[${i}]`, 200));
  return {
    type: 'ContractorRegistered',
    data: {
      contractorId: d.contractorId,
      mineId: requireText(Invalid, d.mineId, 'mineId', 100),
      name: requireText(Invalid, d.name, 'name', 200),
      qualification: {
        certificateNo: requireText(Invalid, q.certificateNo, 'qualification.certificateNo', 100),
        level: requireText(Invalid, q.level, 'qualification.level', 100),
        validUntil,
      },
      ...{ contractFrom, contractTo, workScope },
      registeredBy: command.metadata.actor.id,
      registeredAt: command.metadata.now,
      policyVersion: d.policyVersion,
    },
  };
};

/** One assessment per month of the contract, not ahead of the current month (China Standard Time). */
const assess = (command: RecordContractorAssessment, state: Contractor): ContractorEvent => {
  const contractor = existing(state, command);
  const month = requireMonth(Invalid, command.data.month, 'month');
  const last = contractor.status === 'ended' ? contractor.endedOn : contractor.contractTo;
  if (month < contractor.contractFrom.slice(0, 7) || month > last.slice(0, 7))
    throw new Invalid('month', '不在合同期内', 'is outside the contract period');
  if (month > cstMonth(command.metadata.now))
    throw new Invalid('month', '不能考核未来月份', 'must not be in the future');
  if (contractor.assessedMonths.includes(month)) throw new ContractorMonthAlreadyAssessed(month);
  return {
    type: 'ContractorAssessed',
    data: {
      contractorId: contractor.contractorId,
      month,
      score: requireNumber(Invalid, command.data.score, 'score', 0, 100),
      findings: requireText(Invalid, command.data.findings, 'findings'),
      assessedBy: command.metadata.actor.id,
      assessedAt: command.metadata.now,
    },
  };
};

const end = (command: EndContractorContract, state: Contractor): ContractorEvent => {
  const contractor = existing(state, command);
  if (contractor.status !== 'active') throw new InvalidContractorTransition(contractor.status, command.type);
  const endedOn = requireDay(Invalid, command.data.endedOn, 'endedOn');
  if (endedOn < contractor.contractFrom)
    throw new Invalid('endedOn', '不能早于合同开始日', 'must not be before contractFrom');
  return {
    type: 'ContractorContractEnded',
    data: {
      contractorId: contractor.contractorId,
      endedOn,
      reason: requireText(Invalid, command.data.reason, 'reason'),
      endedBy: command.metadata.actor.id,
      recordedAt: command.metadata.now,
    },
  };
};

export const decideContractor = (command: ContractorCommand, state: Contractor): ContractorEvent[] => {
  switch (command.type) {
    case 'RegisterContractor':
      return [register(command, state)];
    case 'RecordContractorAssessment':
      return [assess(command, state)];
    case 'EndContractorContract':
      return [end(command, state)];
    default: {
      const unhandled: never = command;
      throw new Error(`Unknown contractor command ${JSON.stringify(unhandled)}`);
    }
  }
};
