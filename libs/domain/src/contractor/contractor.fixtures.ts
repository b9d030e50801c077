/** Deterministic builders for the contractor specs: a 掘进 contractor of mine-1, assessed by the mine's staff. */
import { CommandMetadata } from '../shared/command';
import { MINE_ID, NOW, actors } from '../hazard/fixtures/reference';
import { ContractorCommand } from './contractor.commands';
import { ContractorEvent } from './contractor.events';

export { MINE_ID, NOW, actors };
export const CONTRACTOR_ID = 'contractor-1';

type Of<T extends ContractorCommand['type']> = Extract<ContractorCommand, { type: T }>;
const build =
  <T extends ContractorCommand['type']>(type: T, defaults: () => Of<T>['data']) =>
  (data: Partial<Of<T>['data']> = {}, meta: Partial<CommandMetadata> = {}): Of<T> =>
    ({
      type,
      data: { ...defaults(), ...data },
      metadata: { now: NOW, actor: actors.principal, ...meta },
    }) as unknown as Of<T>;

export const aRegisterContractor = build('RegisterContractor', () => ({
  contractorId: CONTRACTOR_ID,
  mineId: MINE_ID,
  name: '晋东井巷工程有限公司',
  qualification: {
    certificateNo: '(晋)JZ安许证字[2023]000123',
    level: '矿山工程施工总承包二级',
    validUntil: '2026-05-31',
  },
  contractFrom: '2024-01-01',
  contractTo: '2024-12-31',
  workScope: ['掘进', '支护'],
  policyVersion: 'contractors-test@1',
}));
export const anAssessment = build('RecordContractorAssessment', () => ({
  contractorId: CONTRACTOR_ID,
  month: '2024-02',
  score: 86,
  findings: '支护不及时一次，已整改',
}));
export const anEndContract = build('EndContractorContract', () => ({
  contractorId: CONTRACTOR_ID,
  endedOn: '2024-03-31',
  reason: '改为自营采掘队伍（整体托管）',
}));

export const registered: ContractorEvent = {
  type: 'ContractorRegistered',
  data: {
    ...(({ subcontractorOf: _s, ...d }) => d)(aRegisterContractor().data),
    registeredBy: actors.principal.id,
    registeredAt: NOW,
  },
};
export const assessed = (month: string): ContractorEvent => ({
  type: 'ContractorAssessed',
  data: {
    contractorId: CONTRACTOR_ID,
    month,
    score: 86,
    findings: '支护不及时一次，已整改',
    assessedBy: actors.staff.id,
    assessedAt: NOW,
  },
});
export const ended: ContractorEvent = {
  type: 'ContractorContractEnded',
  data: { ...anEndContract().data, endedBy: actors.principal.id, recordedAt: NOW },
};
