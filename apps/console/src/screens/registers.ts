import { Bi } from '../i18n';

/**
 * Every list screen of the console — ledgers, boards, registers — is one entry here. Its filters come from the
 * operation's query parameters in the OpenAPI document, its export from `<path>/export` when the API has one, its
 * columns from `columns` (or the answer's own fields). A new register or board from the API is one new entry.
 */
export interface RegisterScreen {
  key: string;
  path: string;
  title: Bi;
  /** Roles that see it; absent = every role that reads domain data. */
  roles?: string[];
  columns?: string[];
  /** The row's page in the console, when rows are records of their own. */
  rowLink?: (row: Record<string, unknown>) => string | undefined;
  /** The record kind (records.ts) whose creating form this screen offers. */
  create?: string;
  /** Query parameters the answer needs and their default (e.g. the plan board's year). */
  defaults?: () => Record<string, string>;
}

const REGULATORS = ['inspector', 'supervising_leader', 'auditor', 'investigator'];
const hazardLink = (row: Record<string, unknown>) =>
  typeof row.hazardId === 'string' ? `#/hazards/${row.hazardId}` : undefined;
const recordLink = (kind: string, field: string) => (row: Record<string, unknown>) =>
  typeof row[field] === 'string' ? `#/records/${kind}/${row[field] as string}` : undefined;

export const REGISTERS: RegisterScreen[] = [
  {
    key: 'hazards',
    path: '/ledgers/hazards',
    title: ['隐患台账', 'Hazard ledger'],
    columns: ['hazardId', 'mineName', 'grade', 'status', 'description', 'discoveredAt', 'deadline', 'supervisionLevel'],
    rowLink: hazardLink,
  },
  {
    key: 'dual-reports',
    path: '/boards/dual-reports',
    title: ['双报告看板', 'Dual-report board'],
    rowLink: hazardLink,
  },
  {
    key: 'supervision',
    path: '/boards/supervision',
    title: ['挂牌督办看板', 'Supervision board'],
    rowLink: hazardLink,
  },
  {
    key: 'inspections',
    path: '/inspection-register',
    title: ['检查台账', 'Inspection register'],
    roles: REGULATORS,
    rowLink: recordLink('inspections', 'inspectionId'),
    create: 'inspections',
  },
  {
    key: 'documents',
    path: '/registers/documents',
    title: ['执法文书台账', 'Enforcement documents'],
    roles: REGULATORS,
  },
  { key: 'penalties', path: '/registers/penalties', title: ['行政处罚台账', 'Penalties'], roles: REGULATORS },
  {
    key: 'suspensions',
    path: '/boards/mines-under-suspension',
    title: ['停产整顿看板', 'Mines under suspension'],
  },
  {
    key: 'enforcement-plan',
    path: '/boards/enforcement-plan',
    title: ['年度执法计划', 'Enforcement plan'],
    roles: REGULATORS,
    defaults: () => ({ year: String(new Date().getFullYear()) }),
    create: 'enforcement-plans',
  },
  // Session 12, as they landed: monthly checks and hot-work permits, the mine's duties.
  {
    key: 'monthly-checks',
    path: '/monthly-check-register',
    title: ['每月重大隐患排查台账', 'Monthly checks'],
    rowLink: recordLink('monthly-checks', 'checkId'),
    create: 'monthly-checks',
  },
  { key: 'monthly-check-board', path: '/boards/monthly-check', title: ['每月排查看板', 'Monthly-check board'] },
  {
    key: 'hot-work-permits',
    path: '/hot-work-permit-register',
    title: ['动火作业票台账', 'Hot-work permits'],
    rowLink: recordLink('hot-work-permits', 'permitId'),
    create: 'hot-work-permits',
  },
  {
    key: 'contractors',
    path: '/contractor-register',
    title: ['外包单位台账', 'Contractors'],
    rowLink: recordLink('contractors', 'contractorId'),
    create: 'contractors',
  },
  {
    key: 'hidden-factors',
    path: '/hidden-factor-register',
    title: ['隐蔽致灾因素台账', 'Hidden hazard factors'],
    rowLink: recordLink('hidden-factors', 'factorId'),
    create: 'hidden-factors',
  },
  {
    key: 'exam-items',
    path: '/exam-items',
    title: ['体检式精查事项', 'Physical-exam items'],
    create: 'exam-campaigns',
  },
  {
    key: 'certificate-board',
    path: '/certificate-board',
    title: ['证书到期看板', 'Certificate board'],
    rowLink: recordLink('enterprise-files', 'mineId'),
  },
  // Session 12, after the console: 举报 (tips) and the cross-record event search of 执法责任倒查 (look-back).
  {
    key: 'tips-board',
    path: '/tips-board',
    title: ['举报看板', 'Tips board'],
    roles: REGULATORS,
    columns: ['tipNo', 'status', 'step', 'stepDueAt', 'channel', 'category', 'mineName', 'receivedAt'],
    rowLink: recordLink('tips', 'tipId'),
    create: 'tips',
  },
  {
    key: 'lookback-events',
    path: '/lookback/events',
    title: ['跨记录检索', 'Event search'],
    roles: ['auditor', 'investigator'],
    columns: ['position', 'type', 'streamId', 'revision', 'recordedAt', 'occurredAt'],
  },
  {
    key: 'access-log',
    path: '/access-log',
    title: ['访问日志', 'Access log'],
    roles: ['auditor', 'investigator', 'audit_admin'],
  },
];

export const registersFor = (role: string): RegisterScreen[] =>
  REGISTERS.filter((r) =>
    r.roles
      ? r.roles.includes(role)
      : !['system_admin', 'security_admin', 'audit_admin', 'identity_custodian'].includes(role),
  );
