import { DomainEvent } from '../shared/command';
import { FilePost } from './enterprise-file.commands';

/** Who changed the file and when: every change is kept (一企一档). */
type On<Data> = { mineId: string; by: string; at: string } & Data;

export type EnterpriseFilePersonAppointed = DomainEvent<
  'EnterpriseFilePersonAppointed',
  On<{ post: FilePost; name: string; since: string }>
>;
export type EnterpriseFileSafetyDepartmentSet = DomainEvent<
  'EnterpriseFileSafetyDepartmentSet',
  On<{ name: string; head: string; fullTimeStaff: number }>
>;
export type EnterpriseFileEngineerAdded = DomainEvent<
  'EnterpriseFileEngineerAdded',
  On<{ registrationNo: string; name: string; validUntil: string }>
>;
export type EnterpriseFileEngineerRemoved = DomainEvent<
  'EnterpriseFileEngineerRemoved',
  On<{ registrationNo: string; reason: string }>
>;
type Certificate = { certificateNo: string; name: string; operationType: string; validUntil: string };
export type EnterpriseFileCertificateRecorded = DomainEvent<'EnterpriseFileCertificateRecorded', On<Certificate>>;
export type EnterpriseFileCertificateRenewed = DomainEvent<
  'EnterpriseFileCertificateRenewed',
  On<Certificate & { previousValidUntil: string }>
>;
export type EnterpriseFileCertificateRevoked = DomainEvent<
  'EnterpriseFileCertificateRevoked',
  On<{ certificateNo: string; reason: string }>
>;
export type EnterpriseFileFundsRecorded = DomainEvent<
  'EnterpriseFileFundsRecorded',
  On<{ year: number; drawnYuan: number; usedYuan: number }>
>;

export type EnterpriseFileEvent =
  | EnterpriseFilePersonAppointed
  | EnterpriseFileSafetyDepartmentSet
  | EnterpriseFileEngineerAdded
  | EnterpriseFileEngineerRemoved
  | EnterpriseFileCertificateRecorded
  | EnterpriseFileCertificateRenewed
  | EnterpriseFileCertificateRevoked
  | EnterpriseFileFundsRecorded;
