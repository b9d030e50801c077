/** 专项检查, 随机抽查, 重点督查, 四不两直, 暗查暗访, 体检式精查, 复查, 联合检查 (notice (一), (十六); CONTRACTS.md). */
export const INSPECTION_KINDS = [
  'special',
  'random',
  'key_supervision',
  'unannounced',
  'covert',
  'physical_exam',
  'reinspection',
  'joint',
] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

export const INSPECTION_KIND_ZH: Readonly<Record<InspectionKind, string>> = {
  special: '专项检查',
  random: '随机抽查',
  key_supervision: '重点督查',
  unannounced: '四不两直',
  covert: '暗查暗访',
  physical_exam: '体检式精查',
  reinspection: '复查',
  joint: '联合检查',
};

/** The overall result every team member signs; "no major hazard found" is itself a signed statement (§9 B.4). */
export const INSPECTION_RESULTS = ['no_major_hazard', 'major_hazard_found'] as const;
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];

/** A team member as the API resolved them from the user directory, never as the client claimed. */
export interface TeamMember {
  userId: string;
  name: string;
  role: string;
  certificateNo: string;
  /** 带队负责人 */
  leader: boolean;
}

/** 执法记录仪 footage: its id on the recorder's archive and the SM3 hash of the file. */
export interface MediaRef {
  mediaId: string;
  hash: string;
  alg: 'sm3';
  /** Offline capture: cited before the footage reached the file store (flagged until it does). */
  pending?: boolean;
}

/** 逢查必考: one of the mine's people examined on site and the score (0–100). */
export interface ExaminedPerson {
  name: string;
  position: string;
  score: number;
}

export type ClauseResult = { result: 'no_finding'; note: string } | { result: 'finding'; hazardId: string };

/** Versioned rule for late entry (occurredAt far before recordedAt); supplied by the handler from reference data. */
export interface InspectionPolicyRef {
  version: string;
  lateEntryAfterHours: number;
  minTeamSize: number;
}
