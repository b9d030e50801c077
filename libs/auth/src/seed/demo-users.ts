import { NewUser, UserStore } from '../users/user-store';

/**
 * Demo accounts, one per role, for the embedded single-machine demo only — the password is public, so a deployment
 * with its own database must never run the seed. 140404 = 上党区 (the demo jurisdiction); 140402 stands for a
 * neighbouring jurisdiction so out-of-jurisdiction refusals can be shown.
 */
export const DEMO_PASSWORD = 'Demo-2024!';

const ENTERPRISE_1 = '长治市上党区示范矿业有限公司';
const ENTERPRISE_2 = '长治市示范石料有限公司';
const BUREAU = '长治市上党区应急管理局';
const PLATFORM = '平台运维中心';

type DemoUser = Omit<NewUser, 'password'>;

export const demoUsers: readonly DemoUser[] = [
  {
    id: 'u-enterprise-staff',
    username: 'enterprise.staff',
    displayName: '赵安全',
    role: 'enterprise_staff',
    org: ENTERPRISE_1,
    mineIds: ['mine-demo-1'],
  },
  {
    id: 'u-enterprise-principal',
    username: 'enterprise.principal',
    displayName: '王建国',
    role: 'enterprise_principal',
    org: ENTERPRISE_1,
    mineIds: ['mine-demo-1'],
  },
  {
    id: 'u-enterprise-other',
    username: 'enterprise.other',
    displayName: '孙立新',
    role: 'enterprise_staff',
    org: ENTERPRISE_2,
    mineIds: ['mine-demo-2'],
  },
  {
    id: 'u-congress-rep',
    username: 'congress.rep',
    displayName: '李秀英',
    role: 'workers_congress_rep',
    org: ENTERPRISE_1,
    mineIds: ['mine-demo-1'],
  },
  {
    id: 'u-inspector-zhang',
    username: 'inspector.zhang',
    displayName: '张明',
    role: 'inspector',
    org: BUREAU,
    certificateNo: '14040420240001',
    jurisdictions: ['140404'],
  },
  {
    id: 'u-inspector-li',
    username: 'inspector.li',
    displayName: '李强',
    role: 'inspector',
    org: BUREAU,
    certificateNo: '14040420240002',
    jurisdictions: ['140404'],
  },
  {
    id: 'u-inspector-other',
    username: 'inspector.other',
    displayName: '周涛',
    role: 'inspector',
    org: '长治市邻区应急管理局（演示）',
    certificateNo: '14040220240001',
    jurisdictions: ['140402'],
  },
  {
    id: 'u-enterprise-safety-director',
    username: 'enterprise.safety',
    displayName: '李安监',
    role: 'enterprise_safety_director',
    org: ENTERPRISE_1,
    mineIds: ['mine-demo-1'],
  },
  {
    // A second leader of the district: 销号 and approvals must come from a leader who took no part before.
    id: 'u-leader-zhao',
    username: 'leader.zhao',
    displayName: '赵明',
    role: 'supervising_leader',
    org: BUREAU,
    certificateNo: '14040420230002',
    jurisdictions: ['140404'],
  },
  {
    id: 'u-leader-wang',
    username: 'leader.wang',
    displayName: '王刚',
    role: 'supervising_leader',
    org: BUREAU,
    certificateNo: '14040420230001',
    jurisdictions: ['140404'],
  },
  { id: 'u-auditor', username: 'auditor', displayName: '陈静', role: 'auditor', org: '长治市应急管理局' },
  {
    id: 'u-investigator',
    username: 'investigator',
    displayName: '刘洋',
    role: 'investigator',
    org: '长治市事故调查组',
  },
  { id: 'u-sysadmin', username: 'sysadmin', displayName: '吴昊', role: 'system_admin', org: PLATFORM },
  { id: 'u-secadmin', username: 'secadmin', displayName: '郑丽', role: 'security_admin', org: PLATFORM },
  { id: 'u-auditadmin', username: 'auditadmin', displayName: '冯敏', role: 'audit_admin', org: PLATFORM },
  // 举报人身份保管员: the only account that may reveal or shred a tip reporter's identity.
  {
    id: 'u-custodian-chen',
    username: 'custodian.chen',
    displayName: '陈守信',
    role: 'identity_custodian',
    org: BUREAU,
  },
  // 长治市应急管理局: the next level up of 上党区 (140404 ⊂ 140400), where a tip's 复查 after an objection goes.
  {
    id: 'u-leader-city',
    username: 'leader.city',
    displayName: '钱市局',
    role: 'supervising_leader',
    org: '长治市应急管理局',
    certificateNo: '14040020220001',
    jurisdictions: ['140400'],
  },
];

/** Idempotent: existing ids/usernames are left untouched (their passwords may have been changed since). */
export const seedDemoUsers = async (store: UserStore, password = DEMO_PASSWORD): Promise<{ created: string[] }> => {
  const created: string[] = [];
  for (const user of demoUsers) if (await store.createIfAbsent({ ...user, password })) created.push(user.id);
  return { created };
};
