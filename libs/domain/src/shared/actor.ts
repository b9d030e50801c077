/** Roles of architecture.md §8 and issue 3. The three administrators (三员分立) write no domain events. */
export const ROLES = [
  'enterprise_staff',
  'enterprise_principal',
  /** 安全总监: with the 主要负责人, the one who determines a major hazard the enterprise found (domain.md §8.2). */
  'enterprise_safety_director',
  'workers_congress_rep',
  'inspector',
  'supervising_leader',
  'auditor',
  'investigator',
  'system_admin',
  'security_admin',
  'audit_admin',
  /** 举报人身份保管员 (三专联锁's dedicated person): alone reveals or shreds a reporter's identity, does nothing else. */
  'identity_custodian',
] as const;

export type Role = (typeof ROLES)[number];

export const REGULATOR_ROLES: readonly Role[] = ['inspector', 'supervising_leader'];
export const ENTERPRISE_ROLES: readonly Role[] = [
  'enterprise_staff',
  'enterprise_principal',
  'enterprise_safety_director',
];
export const ADMIN_ROLES: readonly Role[] = ['system_admin', 'security_admin', 'audit_admin'];

/** Who acts, as the command handler resolved it from the authenticated user. */
export interface Actor {
  id: string;
  name: string;
  role: Role;
  /** Organisation: the enterprise or the bureau/section. */
  org: string;
  /** 执法证号 of regulator staff. */
  certificateNo?: string;
  /** Enterprise users (and workers' congress reps): the mines they belong to. */
  mineIds?: string[];
  /** Regulators: the jurisdiction codes they act in (e.g. "140404" for 上党区). */
  jurisdictions?: string[];
}
