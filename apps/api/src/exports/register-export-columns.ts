import { ExportColumn } from './export-columns';

export type { ExportColumn };

const f =
  (...path: string[]) =>
  (row: Record<string, unknown>): unknown =>
    path.reduce<unknown>((v, k) => (v as Record<string, unknown> | null)?.[k], row) ?? '';
const yes = (key: string) => (row: Record<string, unknown>) => (row[key] === true ? '是' : '否');
const json = (key: string) => (row: Record<string, unknown>) => JSON.stringify(row[key] ?? null);

export const DOCUMENT_REGISTER_EXPORT: ExportColumn[] = [
  { header: '文书编号 docNo', value: f('docNo') },
  { header: '文书种类 kind', value: f('kind') },
  { header: '文书ID documentId', value: f('documentId') },
  { header: '矿山 mine', value: f('mineName') },
  { header: '辖区 jurisdiction', value: f('jurisdiction') },
  { header: '检查 inspectionId', value: f('inspectionId') },
  { header: '隐患 hazardIds', value: json('hazardIds') },
  { header: '状态 status', value: f('status') },
  { header: '版本 version', value: f('version') },
  { header: '正文 content', value: json('content') },
  { header: '需法制审核 legalReviewRequired', value: yes('legalReviewRequired') },
  { header: '法制审核人 legalReviewedBy', value: f('legalReviewedBy') },
  { header: '起草人 draftedBy', value: f('draftedBy') },
  { header: '起草时间 draftedAt', value: f('draftedAt') },
  { header: '签发人 signedBy', value: f('signedBy') },
  { header: '签发时间 signedAt', value: f('signedAt') },
  { header: '送达时间 servedAt', value: f('servedAt') },
  { header: '送达方式 serviceMethod', value: f('serviceMethod') },
  { header: '受送达人 recipient', value: f('recipient') },
  { header: '撤销时间 revokedAt', value: f('revokedAt') },
  { header: '撤销理由 revocationReason', value: f('revocationReason') },
  { header: '修改记录 amendments', value: json('amendments') },
  { header: '签发后修改 amendedAfterSigning', value: yes('amendedAfterSigning') },
  { header: '送达后修改 amendedAfterService', value: yes('amendedAfterService') },
  { header: '未送达 neverServed', value: yes('neverServed') },
];

const targets = (row: Record<string, unknown>) =>
  ((row.targets as { name: string; kind: string; amountYuan: number; paidYuan: number }[] | undefined) ?? [])
    .map((t) => `${t.name}(${t.kind}) ${t.amountYuan}元 已缴${t.paidYuan}元`)
    .join('；');

export const PENALTY_REGISTER_EXPORT: ExportColumn[] = [
  { header: '处罚决定书 docNo', value: f('docNo') },
  { header: '处罚ID penaltyId', value: f('penaltyId') },
  { header: '矿山 mine', value: f('mineName') },
  { header: '辖区 jurisdiction', value: f('jurisdiction') },
  { header: '决定人 decidedBy', value: f('decidedBy') },
  { header: '决定时间 decidedAt', value: f('decidedAt') },
  { header: '政策版本 policyVersion', value: f('policyVersion') },
  { header: '处罚对象 targets', value: targets },
  { header: '罚款合计(元) totalYuan', value: f('totalYuan') },
  { header: '已缴(元) paidYuan', value: f('paidYuan') },
  { header: '低于法定最低额 belowMinimum', value: yes('belowMinimum') },
  { header: '未一案双罚 noIndividualTarget', value: yes('noIndividualTarget') },
  { header: '已缴清 fullyPaid', value: yes('fullyPaid') },
  { header: '已申请强制执行 enforcementRequested', value: yes('enforcementRequested') },
];
