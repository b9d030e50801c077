import { Command } from '../shared/command';

/** Every command names the mine: the file's stream is the mine's (streams.enterpriseFile(mineId)). */
type On<Data = unknown> = { mineId: string } & Data;

/** 主要负责人、安全负责人、技术负责人 and the 法定代表人 (notice (二): 按要求配齐). */
export const FILE_POSTS = ['legal_representative', 'principal', 'safety_head', 'technical_head'] as const;
export type FilePost = (typeof FILE_POSTS)[number];

export type AppointFilePerson = Command<'AppointFilePerson', On<{ post: FilePost; name: string; since: string }>>;

/** 安全管理机构: its name, head and full-time staff (依法设置安全管理机构，配备专兼职安全管理人员). */
export type SetSafetyDepartment = Command<
  'SetSafetyDepartment',
  On<{ name: string; head: string; fullTimeStaff: number }>
>;

export type AddSafetyEngineer = Command<
  'AddSafetyEngineer',
  On<{ registrationNo: string; name: string; validUntil: string }>
>;
export type RemoveSafetyEngineer = Command<'RemoveSafetyEngineer', On<{ registrationNo: string; reason: string }>>;

/** 特种作业操作证: recorded, or renewed when the same certificate gets a later validity. */
export type RecordOperatorCertificate = Command<
  'RecordOperatorCertificate',
  On<{ certificateNo: string; name: string; operationType: string; validUntil: string }>
>;
export type RevokeOperatorCertificate = Command<
  'RevokeOperatorCertificate',
  On<{ certificateNo: string; reason: string }>
>;

/** 安全生产费用 drawn and used in one year (足额提取使用); a later entry for the year supersedes, all are kept. */
export type RecordSafetyFunds = Command<'RecordSafetyFunds', On<{ year: number; drawnYuan: number; usedYuan: number }>>;

export type EnterpriseFileCommand =
  | AppointFilePerson
  | SetSafetyDepartment
  | AddSafetyEngineer
  | RemoveSafetyEngineer
  | RecordOperatorCertificate
  | RevokeOperatorCertificate
  | RecordSafetyFunds;
export type EnterpriseFileCommandType = EnterpriseFileCommand['type'];
