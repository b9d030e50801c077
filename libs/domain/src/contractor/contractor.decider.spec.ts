import { DeciderSpecification } from '@hazard-ledger/testing';
import { ROLES } from '../shared/actor';
import { contractorCommandAccess } from './contractor.access';
import { ContractorCommand, ContractorCommandType } from './contractor.commands';
import { contractorDecider } from './contractor.decider';
import {
  ContractorDetailsInvalid,
  ContractorMonthAlreadyAssessed,
  ContractorNotRegistered,
  InvalidContractorTransition,
  QualificationExpired,
  ResubcontractingForbidden,
} from './contractor.errors';
import * as fx from './contractor.fixtures';

const given = DeciderSpecification.for(contractorDecider);
const LATER: Record<Exclude<ContractorCommandType, 'RegisterContractor'>, () => ContractorCommand> = {
  RecordContractorAssessment: () => fx.anAssessment(),
  EndContractorContract: () => fx.anEndContract(),
};
const laterTypes = Object.keys(LATER) as (keyof typeof LATER)[];

describe('Contractor: registration (外包单位登记)', () => {
  it('given nothing, when the mine registers a qualified contractor, then it is registered with who and when', () =>
    given([]).when(fx.aRegisterContractor()).then([fx.registered]));

  it('given nothing, when the team works under another contractor, then it is refused as 转包/再分包 (62号令)', () =>
    given([])
      .when(fx.aRegisterContractor({ subcontractorOf: 'contractor-0' }))
      .thenThrows(ResubcontractingForbidden, (e) => expect(e.message).toContain('contractor-0')));

  it('given nothing, when the qualification has expired before the contract starts, then it is refused', () =>
    given([])
      .when(fx.aRegisterContractor({ qualification: { certificateNo: 'X', level: '二级', validUntil: '2023-12-31' } }))
      .thenThrows(QualificationExpired));

  it.each([
    ['a contract ending before it starts', { contractTo: '2023-06-30' }],
    ['a malformed date', { contractFrom: '2024-13-01' }],
    ['no work scope', { workScope: [] }],
    ['a blank work scope', { workScope: [' '] }],
    ['a blank name', { name: '' }],
  ])('given nothing, when registered with %s, then it is refused', (_, data) =>
    given([]).when(fx.aRegisterContractor(data)).thenThrows(ContractorDetailsInvalid),
  );

  it('given a registered contractor, when registered again, then it is refused', () =>
    given([fx.registered]).when(fx.aRegisterContractor()).thenThrows(InvalidContractorTransition));
});

describe('Contractor: monthly 绩效考核', () => {
  it('given a contractor, when February is assessed, then score, findings, assessor and time are kept', () =>
    given([fx.registered])
      .when(fx.anAssessment({}, { actor: fx.actors.staff }))
      .then([fx.assessed('2024-02')]));

  it('given February assessed, when assessed again, then it is refused', () =>
    given([fx.registered, fx.assessed('2024-02')])
      .when(fx.anAssessment())
      .thenThrows(ContractorMonthAlreadyAssessed));

  it.each([
    ['a month before the contract', { month: '2023-12' }],
    ['a month after the current one', { month: '2024-04' }],
    ['a score above 100', { score: 101 }],
    ['no findings', { findings: '' }],
    ['a malformed month', { month: '2024-2' }],
  ])('given a contractor, when assessing %s, then it is refused', (_, data) =>
    given([fx.registered]).when(fx.anAssessment(data)).thenThrows(ContractorDetailsInvalid),
  );

  it('given a contract ended in March, when April is assessed later, then it is outside the contract', () =>
    given([fx.registered, fx.ended])
      .when(fx.anAssessment({ month: '2024-04' }, { now: '2024-05-10T00:00:00.000Z' }))
      .thenThrows(ContractorDetailsInvalid));
});

describe('Contractor: forbidden transitions', () => {
  it.each(laterTypes)('given nothing, when %s, then the contractor is not found', (type) =>
    given([]).when(LATER[type]()).thenThrows(ContractorNotRegistered),
  );

  it('given an ended contract, when ended again, then it is refused', () =>
    given([fx.registered, fx.ended]).when(fx.anEndContract()).thenThrows(InvalidContractorTransition));

  it('given an ended contract, when a month inside it is assessed, then it is still recorded', () =>
    given([fx.registered, fx.ended])
      .when(fx.anAssessment({ month: '2024-03' }, { actor: fx.actors.staff }))
      .then([fx.assessed('2024-03')]));
});

describe('Contractor command access (roles × commands)', () => {
  it.each(Object.keys(contractorCommandAccess) as ContractorCommandType[])(
    '%s: enterprise roles of the mine only',
    (type) =>
      expect(ROLES.filter((role) => contractorCommandAccess[type].roles.includes(role))).toEqual([
        'enterprise_staff',
        'enterprise_principal',
        'enterprise_safety_director',
      ]),
  );
});
