/** What a signature means (Part 11 §11.50(a)(3)); the text is what the event records and every printout shows. */
export const SIGNATURE_MEANINGS = {
  site_review_confirmed: '现场核查确认 / site review confirmed',
  sign_off_issued: '销号签发 / sign-off issued',
  report_signed: '报告签署 / report signed',
  inspection_confirmed: '检查确认 / inspection confirmed',
  remediation_verified: '整改验证 / remediation verified',
  major_hazard_determined: '重大事故隐患判定 / major hazard determined',
  sign_off_requested: '销号申请 / sign-off requested',
  rectified_on_spot: '立即整改确认 / rectified on the spot',
  /** Each inspection team member's own signature on the result (谁检查、谁签名、谁负责, notice 4.2). */
  inspection_result_signed: '检查结果签名 / inspection result signed',
  enforcement_document_signed: '执法文书签发 / enforcement document signed',
  suspension_ordered: '责令停产整顿签发 / suspension order issued',
  resumption_approved: '复产批准签发 / resumption approved',
  hazard_found_by_inspection: '检查发现隐患 / hazard found by inspection',
  supervision_listed: '挂牌督办 / listed for supervision',
  extension_granted: '批准延期 / extension granted',
  hazard_escalated: '移交处罚 / escalated',
  hazard_voided: '作废隐患 / hazard voided',
  grade_downgraded: '重大隐患降级 / major hazard downgraded',
  closure_approved: '批准未销号闭环 / closure without sign-off approved',
  penalty_decided: '行政处罚决定签署 / penalty decided',
  /** 主要负责人 signs the month's 重大事故隐患排查 result (notice 十二). */
  monthly_check_signed: '月度重大事故隐患排查结果签字 / monthly major-hazard check signed',
  /** 动火作业票审批 (notice 十一): the approver's signature with the precautions. */
  hot_work_permit_approved: '动火作业审批 / hot-work permit approved',
} as const;

export type SignatureMeaning = keyof typeof SIGNATURE_MEANINGS;

export const SIGNATURE_MEANING_KEYS = Object.keys(SIGNATURE_MEANINGS) as SignatureMeaning[];

export const isSignatureMeaning = (value: unknown): value is SignatureMeaning =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(SIGNATURE_MEANINGS, value);
