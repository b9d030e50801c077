import { Bi } from '../i18n';

/**
 * Records with a page of their own besides hazards and mines: one entry each. The page shows the record as
 * `GET <get>` answers (now or as of the cut), its audit trail when the trail knows the entity type, and a form for
 * each `POST <base>/{id}/…` operation of the OpenAPI document — the API decides whether the user may.
 */
export interface RecordKind {
  kind: string;
  title: Bi;
  base: string;
  get?: string;
  auditEntityType?: string;
  /** Roles offered the creating form (`POST <base>`); the API still decides. */
  creators?: string[];
  /** Operations not offered as generic forms (the custodian's reveal has a screen of its own). */
  exclude?: string[];
  /** Answer fields shown as their own sections below the record (a tip's steps and identity reveals). */
  sections?: { field: string; title: Bi; drop?: string[] }[];
}

const REGULATORS = ['inspector', 'supervising_leader'];

export const RECORDS: RecordKind[] = [
  {
    kind: 'inspections',
    title: ['检查记录', 'Inspection'],
    base: '/inspections',
    get: '/inspections/{id}',
    creators: REGULATORS,
  },
  {
    kind: 'documents',
    title: ['执法文书', 'Enforcement document'],
    base: '/documents',
    get: '/documents/{id}',
    auditEntityType: 'document',
    creators: REGULATORS,
  },
  {
    kind: 'penalties',
    title: ['行政处罚', 'Penalty'],
    base: '/penalties',
    auditEntityType: 'penalty',
    creators: REGULATORS,
  },
  {
    kind: 'enforcement-plans',
    title: ['年度执法计划', 'Enforcement plan'],
    base: '/enforcement-plans',
    get: '/enforcement-plans/{id}',
    creators: ['supervising_leader'],
  },
  {
    kind: 'monthly-checks',
    title: ['每月重大隐患排查', 'Monthly check'],
    base: '/monthly-checks',
    get: '/monthly-checks/{id}',
    creators: ['enterprise_principal', 'enterprise_safety_director', 'enterprise_staff'],
  },
  {
    kind: 'hot-work-permits',
    title: ['动火作业票', 'Hot-work permit'],
    base: '/hot-work-permits',
    get: '/hot-work-permits/{id}',
    creators: ['enterprise_principal', 'enterprise_safety_director', 'enterprise_staff'],
  },
  {
    kind: 'tips',
    title: ['举报', 'Tip'],
    base: '/tips',
    get: '/tips/{id}',
    creators: REGULATORS,
    exclude: ['/tips/{id}/identity/reveal', '/tips/{id}/identity/shred'],
    sections: [
      { field: 'steps', title: ['办理过程（谁、何时、为何）', 'Steps (who, when, why)'], drop: ['policy'] },
      { field: 'reveals', title: ['身份查看记录（不含身份）', 'Identity reveals (never the identity)'] },
    ],
  },
  // The mine's duties, after the console was built: creation and the one-record steps; exam-item steps
  // (two path ids) and the file's certificate/engineer removals are left to the API.
  {
    kind: 'contractors',
    title: ['外包单位', 'Contractor'],
    base: '/contractors',
    creators: ['enterprise_principal', 'enterprise_safety_director', 'enterprise_staff'],
  },
  {
    kind: 'hidden-factors',
    title: ['隐蔽致灾因素', 'Hidden hazard factor'],
    base: '/hidden-factors',
    creators: ['enterprise_principal', 'enterprise_safety_director', 'enterprise_staff'],
  },
  {
    kind: 'exam-campaigns',
    title: ['体检式精查', 'Physical-exam campaign'],
    base: '/exam-campaigns',
    creators: REGULATORS,
  },
  {
    kind: 'enterprise-files',
    title: ['一企一档', 'Enterprise file'],
    base: '/enterprise-files/{mineId}',
    get: '/enterprise-files/{mineId}',
  },
];

export const recordKind = (kind: string | undefined): RecordKind | undefined => RECORDS.find((r) => r.kind === kind);
