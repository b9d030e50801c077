import { contractorsPolicyInForce, enterpriseFilePolicyInForce } from '@hazard-ledger/domain';
import {
  ContractorDoc,
  EnterpriseFileDoc,
  ExamCampaignDoc,
  HiddenFactorDoc,
  contractorLedger,
  censusLedger,
  examItemLedger,
  expiringCertificates,
  queryDutyDocs,
} from '@hazard-ledger/read-models';
import { EntityManager } from 'typeorm';
import { ExportColumn } from '../../exports/export-columns';
import { DutyReadQueryDto } from './duty-read.query-dto';

type Row = Record<string, unknown>;
const t = (key: string) => (r: Row) => (r[key] as unknown) ?? '';
const yes = (key: string) => (r: Row) => (r[key] === true ? '是' : '否');
const list = (key: string) => (r: Row) => ((r[key] as string[]) ?? []).join('；');

/** One register of issue 14: which projection answers it, how its rows are built at an instant, its export. */
export interface DutyRegister {
  name: string;
  title: string;
  rows: (
    m: EntityManager,
    q: DutyReadQueryDto,
    actorScope: Parameters<typeof queryDutyDocs>[3]['scope'],
    at: string,
  ) => Promise<Row[]>;
  idOf: (r: Row) => string;
  columns: ExportColumn[];
}
const docs = <D>(m: EntityManager, base: string, key: string, q: DutyReadQueryDto, scope: never) =>
  queryDutyDocs<D>(m, base, key, { scope, mineId: q.mineId, asOf: q.asOf, validAt: q.validAt });

export const DUTY_REGISTERS: Record<'contractors' | 'census' | 'examItems' | 'certificates', DutyRegister> = {
  contractors: {
    name: 'contractor-register',
    title: '外包单位台账',
    rows: async (m, q, scope, at) => {
      const rows = contractorLedger(
        await docs<ContractorDoc>(m, 'contractor_register', 'contractor_id', q, scope as never),
        at,
        contractorsPolicyInForce(at).maxContractorsPerMine,
      );
      return (q.missing === undefined
        ? rows
        : rows.filter((r) => r.missingMonths.length > 0 === q.missing)) as unknown as Row[];
    },
    idOf: (r) => String(r.contractorId),
    columns: [
      { header: '外包单位编号 contractorId', value: t('contractorId') },
      { header: '外包单位 name', value: t('name') },
      { header: '矿山 mine', value: t('mineName') },
      { header: '资质证书 certificateNo', value: (r) => (r.qualification as Row)?.certificateNo ?? '' },
      { header: '资质等级 level', value: (r) => (r.qualification as Row)?.level ?? '' },
      { header: '资质有效期至 validUntil', value: (r) => (r.qualification as Row)?.validUntil ?? '' },
      { header: '合同开始 contractFrom', value: t('contractFrom') },
      { header: '合同结束 contractTo', value: t('contractTo') },
      { header: '作业内容 workScope', value: list('workScope') },
      { header: '合同期内 active', value: yes('active') },
      { header: '缺考核月份 missingMonths', value: list('missingMonths') },
      { header: '本矿在册外包单位数 activeAtMine', value: t('activeAtMine') },
      { header: '超过限额 overLimit', value: yes('overLimit') },
    ],
  },
  census: {
    name: 'hidden-factor-register',
    title: '隐蔽致灾因素普查台账',
    rows: async (m, q, scope) =>
      censusLedger(
        await docs<HiddenFactorDoc>(m, 'hidden_factor_register', 'factor_id', q, scope as never),
      ) as unknown as Row[],
    idOf: (r) => String(r.factorId),
    columns: [
      { header: '编号 factorId', value: t('factorId') },
      { header: '矿山 mine', value: t('mineName') },
      { header: '类型 kind', value: t('kind') },
      { header: '位置 location', value: t('location') },
      { header: '规模 size', value: (r) => JSON.stringify(r.size ?? {}) },
      { header: '探查方法 method', value: t('method') },
      { header: '相互验证 crossValidated', value: yes('crossValidated') },
      { header: '治理状态 treatment', value: t('treatment') },
      { header: '图纸 mapRef', value: t('mapRef') },
      { header: '发现日期 foundOn', value: t('foundOn') },
    ],
  },
  examItems: {
    name: 'exam-campaign-register',
    title: '体检式精查事项台账',
    rows: async (m, q, scope, at) => {
      const rows = examItemLedger(
        await docs<ExamCampaignDoc>(m, 'exam_campaign_register', 'campaign_id', q, scope as never),
        at,
      );
      return (q.pastDeadline === undefined
        ? rows
        : rows.filter((r) => r.pastDeadline === q.pastDeadline)) as unknown as Row[];
    },
    idOf: (r) => `${r.campaignId}/${r.itemId}`,
    columns: [
      { header: '精查编号 campaignId', value: t('campaignId') },
      { header: '精查名称 title', value: t('title') },
      { header: '矿山 mine', value: t('mineName') },
      { header: '事项 item', value: t('item') },
      { header: '责任人 owner', value: t('owner') },
      { header: '期限 deadline', value: t('deadline') },
      { header: '状态 status', value: t('status') },
      { header: '发现问题 finding', value: t('finding') },
      { header: '整改情况 rectification', value: t('rectification') },
      { header: '逾期 pastDeadline', value: yes('pastDeadline') },
    ],
  },
  certificates: {
    name: 'enterprise-file-register',
    title: '证书到期看板',
    rows: async (m, q, scope, at) =>
      expiringCertificates(
        await docs<EnterpriseFileDoc>(m, 'enterprise_file_register', 'file_mine_id', q, scope as never),
        at,
        enterpriseFilePolicyInForce(at).expiryWarningDays,
      ) as unknown as Row[],
    idOf: (r) => `${r.mineId}/${r.number}`,
    columns: [
      { header: '矿山 mine', value: t('mineName') },
      { header: '类别 kind', value: (r) => (r.kind === 'safety_engineer' ? '注册安全工程师' : '特种作业操作证') },
      { header: '证号 number', value: t('number') },
      { header: '姓名 name', value: t('name') },
      { header: '作业类别 what', value: t('what') },
      { header: '有效期至 validUntil', value: t('validUntil') },
      { header: '状态 state', value: (r) => (r.state === 'expired' ? '已过期' : '即将到期') },
      { header: '剩余天数 daysLeft', value: t('daysLeft') },
    ],
  },
};
