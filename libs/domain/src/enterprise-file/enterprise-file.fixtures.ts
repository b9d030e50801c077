/** Deterministic builders for the 一企一档 specs: mine-1's file kept by its staff. */
import { CommandMetadata } from '../shared/command';
import { MINE_ID, NOW, actors } from '../hazard/fixtures/reference';
import { EnterpriseFileCommand } from './enterprise-file.commands';
import { EnterpriseFileEvent } from './enterprise-file.events';

export { MINE_ID, NOW, actors };

type Of<T extends EnterpriseFileCommand['type']> = Extract<EnterpriseFileCommand, { type: T }>;
const build =
  <T extends EnterpriseFileCommand['type']>(type: T, defaults: () => Omit<Of<T>['data'], 'mineId'>) =>
  (data: Partial<Of<T>['data']> = {}, meta: Partial<CommandMetadata> = {}): Of<T> =>
    ({
      type,
      data: { mineId: MINE_ID, ...defaults(), ...data },
      metadata: { now: NOW, actor: actors.staff, ...meta },
    }) as unknown as Of<T>;

export const anAppointment = build('AppointFilePerson', () => ({
  post: 'principal' as const,
  name: '赵矿长',
  since: '2023-05-01',
}));
export const aDepartment = build('SetSafetyDepartment', () => ({
  name: '安全环保部',
  head: '钱总监',
  fullTimeStaff: 4,
}));
export const anEngineer = build('AddSafetyEngineer', () => ({
  registrationNo: 'ZAGC-2021-0007',
  name: '孙技术',
  validUntil: '2026-06-30',
}));
export const anEngineerRemoval = build('RemoveSafetyEngineer', () => ({
  registrationNo: 'ZAGC-2021-0007',
  reason: '离职',
}));
export const aCertificate = build('RecordOperatorCertificate', () => ({
  certificateNo: 'T140404199001011234',
  name: '周爆破',
  operationType: '金属非金属矿山爆破作业',
  validUntil: '2024-05-31',
}));
export const aRevocation = build('RevokeOperatorCertificate', () => ({
  certificateNo: 'T140404199001011234',
  reason: '违章作业被吊销',
}));
export const aFunds = build('RecordSafetyFunds', () => ({ year: 2024, drawnYuan: 1_200_000, usedYuan: 860_000 }));

const on = { mineId: MINE_ID, by: actors.staff.id, at: NOW };
export const engineerAdded: EnterpriseFileEvent = {
  type: 'EnterpriseFileEngineerAdded',
  data: { ...on, registrationNo: 'ZAGC-2021-0007', name: '孙技术', validUntil: '2026-06-30' },
};
export const certificateRecorded: EnterpriseFileEvent = {
  type: 'EnterpriseFileCertificateRecorded',
  data: {
    ...on,
    certificateNo: 'T140404199001011234',
    name: '周爆破',
    operationType: '金属非金属矿山爆破作业',
    validUntil: '2024-05-31',
  },
};
export const certificateRevoked: EnterpriseFileEvent = {
  type: 'EnterpriseFileCertificateRevoked',
  data: { ...on, certificateNo: 'T140404199001011234', reason: '违章作业被吊销' },
};
export { on as stamp };
