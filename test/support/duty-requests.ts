import {
  AccessRule,
  Command,
  Decider,
  DomainEvent,
  contractorCommandAccess,
  contractorDecider,
  enterpriseFileCommandAccess,
  examCampaignCommandAccess,
  examCampaignDecider,
  hiddenFactorCommandAccess,
  hiddenFactorDecider,
  streams,
} from '@hazard-ledger/domain';
import { EventStore, decideAndAppend, loadStream } from '@hazard-ledger/event-store';

type Json = Record<string, unknown>;
/** Ids of one mine's records the non-creating commands act on. */
export interface DutyIds {
  contractor: string;
  factor: string;
  campaign: string;
}
export interface DutyRequest {
  path: (ids: DutyIds, mineId: string) => string;
  body: (mineId: string) => Json;
  access: AccessRule;
  creates?: boolean;
}

const contractorBody = (mineId: string): Json => ({
  mineId,
  name: '晋东井巷工程有限公司',
  qualification: {
    certificateNo: '(晋)JZ安许证字[2023]000123',
    level: '矿山工程施工总承包二级',
    validUntil: '2030-05-31',
  },
  contractFrom: '2024-01-01',
  contractTo: '2030-12-31',
  workScope: ['掘进', '支护'],
});
const factorBody = (mineId: string): Json => ({
  mineId,
  kind: 'goaf',
  location: '-120m 中段 3# 采场下盘',
  size: { areaM2: 1200, heightM: 8 },
  method: 'survey',
  mapRef: 'CK-2024-03 B4',
  foundOn: '2024-03-01',
});
const campaignBody = (mineId: string): Json => ({
  mineId,
  title: '2024 年体检式精查',
  items: [
    { itemId: 'item-1', item: '安全管理机构设置与运行', owner: '赵矿长', deadline: '2024-12-31' },
    { itemId: 'item-2', item: '边坡稳定性分析与评价', owner: '孙技术', deadline: '2024-06-30' },
  ],
});

/** One valid request per command of issue 14 (contractors, census, 体检式精查, 一企一档), with the access rule that decides it. */
export const dutyRequests: Record<string, DutyRequest> = {
  RegisterContractor: {
    path: () => '/contractors',
    body: contractorBody,
    access: contractorCommandAccess.RegisterContractor,
    creates: true,
  },
  RecordContractorAssessment: {
    path: (ids) => `/contractors/${ids.contractor}/assessments`,
    body: () => ({ month: '2024-02', score: 86, findings: '支护不及时一次，已整改' }),
    access: contractorCommandAccess.RecordContractorAssessment,
  },
  EndContractorContract: {
    path: (ids) => `/contractors/${ids.contractor}/end`,
    body: () => ({ endedOn: '2024-09-30', reason: '改为自营采掘队伍' }),
    access: contractorCommandAccess.EndContractorContract,
  },
  RecordHiddenFactor: {
    path: () => '/hidden-factors',
    body: factorBody,
    access: hiddenFactorCommandAccess.RecordHiddenFactor,
    creates: true,
  },
  CrossValidateHiddenFactor: {
    path: (ids) => `/hidden-factors/${ids.factor}/cross-validations`,
    body: () => ({ method: 'drilling', confirmed: true, note: 'ZK-7 钻孔见空' }),
    access: hiddenFactorCommandAccess.CrossValidateHiddenFactor,
  },
  RecordHiddenFactorTreatment: {
    path: (ids) => `/hidden-factors/${ids.factor}/treatment`,
    body: () => ({ stage: 'treated', measures: '尾砂充填' }),
    access: hiddenFactorCommandAccess.RecordHiddenFactorTreatment,
  },
  VerifyHiddenFactorTreatment: {
    path: (ids) => `/hidden-factors/${ids.factor}/verification`,
    body: () => ({ note: '充填体强度检测合格' }),
    access: hiddenFactorCommandAccess.VerifyHiddenFactorTreatment,
  },
  LaunchExamCampaign: {
    path: () => '/exam-campaigns',
    body: campaignBody,
    access: examCampaignCommandAccess.LaunchExamCampaign,
    creates: true,
  },
  RecordExamFinding: {
    path: (ids) => `/exam-campaigns/${ids.campaign}/items/item-1/finding`,
    body: () => ({ finding: '安全管理机构未配专职人员' }),
    access: examCampaignCommandAccess.RecordExamFinding,
  },
  RecordExamRectification: {
    path: (ids) => `/exam-campaigns/${ids.campaign}/items/item-1/rectification`,
    body: () => ({ rectification: '已配备专职安全员 2 名' }),
    access: examCampaignCommandAccess.RecordExamRectification,
  },
  CloseExamItem: {
    path: (ids) => `/exam-campaigns/${ids.campaign}/items/item-2/closure`,
    body: () => ({ note: '复查合格，销项' }),
    access: examCampaignCommandAccess.CloseExamItem,
  },
  AppointFilePerson: {
    path: (_, m) => `/enterprise-files/${m}/people`,
    body: () => ({ post: 'principal', name: '赵矿长', since: '2023-05-01' }),
    access: enterpriseFileCommandAccess.AppointFilePerson,
  },
  SetSafetyDepartment: {
    path: (_, m) => `/enterprise-files/${m}/safety-department`,
    body: () => ({ name: '安全环保部', head: '钱总监', fullTimeStaff: 4 }),
    access: enterpriseFileCommandAccess.SetSafetyDepartment,
  },
  AddSafetyEngineer: {
    path: (_, m) => `/enterprise-files/${m}/engineers`,
    body: () => ({ registrationNo: 'ZAGC-2021-0007', name: '孙技术', validUntil: '2026-06-30' }),
    access: enterpriseFileCommandAccess.AddSafetyEngineer,
  },
  RemoveSafetyEngineer: {
    path: (_, m) => `/enterprise-files/${m}/engineers/ZAGC-2021-0007/removal`,
    body: () => ({ reason: '离职' }),
    access: enterpriseFileCommandAccess.RemoveSafetyEngineer,
  },
  RecordOperatorCertificate: {
    path: (_, m) => `/enterprise-files/${m}/certificates`,
    body: () => ({
      certificateNo: 'T140404199001011234',
      name: '周爆破',
      operationType: '爆破作业',
      validUntil: '2025-05-31',
    }),
    access: enterpriseFileCommandAccess.RecordOperatorCertificate,
  },
  RevokeOperatorCertificate: {
    path: (_, m) => `/enterprise-files/${m}/certificates/T140404199001011234/revocation`,
    body: () => ({ reason: '违章作业' }),
    access: enterpriseFileCommandAccess.RevokeOperatorCertificate,
  },
  RecordSafetyFunds: {
    path: (_, m) => `/enterprise-files/${m}/safety-funds`,
    body: () => ({ year: 2024, drawnYuan: 1_200_000, usedYuan: 860_000 }),
    access: enterpriseFileCommandAccess.RecordSafetyFunds,
  },
};

/** Plants a contractor, a hidden factor and a campaign on a mine straight through the deciders (no API user of mine-demo-2 exists). */
export const plantDutyRecords = async (store: EventStore, mineId: string, tag: string): Promise<DutyIds> => {
  const now = new Date().toISOString();
  const actor = {
    id: `planter-${tag}`,
    name: '演示',
    role: 'enterprise_principal' as const,
    org: '示范',
    mineIds: [mineId],
  };
  const regulator = {
    id: `planter-reg-${tag}`,
    name: '演示',
    role: 'inspector' as const,
    org: '局',
    jurisdictions: ['140404'],
  };
  const ids = { contractor: `contractor-${tag}`, factor: `factor-${tag}`, campaign: `campaign-${tag}` };
  const plant = async (
    streamId: string,
    decider: Decider<Command, DomainEvent, unknown>,
    type: string,
    data: Json,
    who: object,
  ) => {
    const loaded = await loadStream(store, streamId, decider);
    await decideAndAppend(store, loaded, decider, { type, data, metadata: { now, actor: who } } as never, {
      correlationId: `plant-${tag}`,
    });
  };
  await plant(
    streams.contractor(ids.contractor),
    contractorDecider as never,
    'RegisterContractor',
    { ...contractorBody(mineId), contractorId: ids.contractor, policyVersion: 'contractors@2021.1' },
    actor,
  );
  await plant(
    streams.hiddenFactor(ids.factor),
    hiddenFactorDecider as never,
    'RecordHiddenFactor',
    { ...factorBody(mineId), factorId: ids.factor },
    actor,
  );
  await plant(
    streams.examCampaign(ids.campaign),
    examCampaignDecider as never,
    'LaunchExamCampaign',
    { ...campaignBody(mineId), campaignId: ids.campaign, policyVersion: 'physical-exam@2024.1' },
    regulator,
  );
  return ids;
};
