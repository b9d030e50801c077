/** 执法文书 kinds (CONTRACTS.md DOCUMENT_KINDS), with the names printed on them. */
export const DOCUMENT_KINDS = [
  'on_site_measures',
  'rectification_order',
  'reinspection_opinion',
  'case_approval',
  'penalty_decision',
  'suspension_order',
  'resumption_approval',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_ZH: Readonly<Record<DocumentKind, string>> = {
  on_site_measures: '现场处理措施决定书',
  rectification_order: '责令限期整改指令书',
  reinspection_opinion: '整改复查意见书',
  case_approval: '立案审批表',
  penalty_decision: '行政处罚决定书',
  suspension_order: '停产整顿指令',
  resumption_approval: '复产批准',
};

/** Kinds issued at or after an inspection of the mine: they must cite it. Case files and approvals may not. */
export const KINDS_NEEDING_INSPECTION: readonly DocumentKind[] = [
  'on_site_measures',
  'rectification_order',
  'reinspection_opinion',
];

/** 送达方式: how the document reached the addressee. */
export const SERVICE_METHODS = ['in_person', 'left_at_premises', 'post', 'electronic', 'public_notice'] as const;
export type ServiceMethod = (typeof SERVICE_METHODS)[number];

/** Named fields of the document's text, e.g. { facts: '…', basis: '…', measures: '…' }. */
export type DocumentContent = Readonly<Record<string, string>>;

export interface FieldChange {
  field: string;
  /** null: the field did not exist before / was removed. */
  before: string | null;
  after: string | null;
}

/** Field-level diff of two versions of the content, in field-name order. */
export const diffContent = (before: DocumentContent, after: DocumentContent): FieldChange[] =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .sort()
    .filter((field) => before[field] !== after[field])
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
