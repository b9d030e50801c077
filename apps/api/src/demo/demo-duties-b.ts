import { physicalExamPolicyInForce } from '@hazard-ledger/domain';
import { DemoClient } from './demo-client';

const M = 'mine-demo-1';
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** 外包: two contractors of mine-demo-1, one assessed for some months only (the ledger shows the missing ones). */
const contractors = async (c: DemoClient): Promise<string> => {
  const qualification = {
    certificateNo: '(晋)JZ安许证字[2023]000123',
    level: '矿山工程施工总承包二级',
    validUntil: '2027-05-31',
  };
  const { id } = await c.post('enterprise.principal', '/contractors', 'demo-b-contractor-1', {
    ...{ mineId: M, name: '晋东井巷工程有限公司', qualification, contractFrom: '2024-01-01', contractTo: '2027-12-31' },
    workScope: ['掘进', '支护'],
  });
  for (const [month, score] of [
    ['2024-01', 88],
    ['2024-02', 76],
    ['2024-04', 91],
  ] as const)
    await c.post('enterprise.safety', `/contractors/${id}/assessments`, `demo-b-assess-${month}`, {
      ...{ month, score },
      findings: score < 80 ? '支护不及时，已下达整改通知 / late support, notice issued' : '良好 / good',
    });
  await c.post('enterprise.principal', '/contractors', 'demo-b-contractor-2', {
    ...{ mineId: M, name: '长治矿山通风工程有限公司', contractFrom: '2024-03-01', contractTo: '2026-02-28' },
    qualification: { certificateNo: '(晋)JZ安许证字[2022]000456', level: '专业承包三级', validUntil: '2026-12-31' },
    workScope: ['通风设施施工'],
  });
  // A hazard in the contractor's work: "hazards by contractor" answers from the ledger.
  await c.post('enterprise.staff', '/hazards', 'demo-b-contractor-hazard', {
    ...{ mineId: M, source: 'self_check', location: '-120m 中段 3# 掘进面', evidence: [] },
    description: '外包队伍临时支护滞后于掘进工作面 / contractor’s temporary support lags the face',
    occurredAt: '2024-04-10T02:00:00.000Z',
    contractorId: id,
  });
  return id;
};

/** 隐蔽致灾因素普查: a goaf found, cross-validated, treated and verified; a water body untreated; an old working in treatment. */
const census = async (c: DemoClient): Promise<void> => {
  const factor = (key: string, body: object) =>
    c.post('enterprise.staff', '/hidden-factors', key, { mineId: M, ...body });
  const { id: goaf } = await factor('demo-b-factor-1', {
    ...{ kind: 'goaf', location: '-120m 中段 3# 采场下盘', size: { areaM2: 1200, heightM: 8 }, method: 'survey' },
    ...{ mapRef: '采掘工程平面图 CK-2024-03 B4', foundOn: '2024-03-01' },
  });
  await c.post('enterprise.staff', `/hidden-factors/${goaf}/cross-validations`, 'demo-b-factor-1-v', {
    ...{ method: 'drilling', confirmed: true, note: 'ZK-7 钻孔见空 8.2 m / drill hole ZK-7 hit an 8.2 m void' },
  });
  await c.post('enterprise.staff', `/hidden-factors/${goaf}/treatment`, 'demo-b-factor-1-t', {
    ...{ stage: 'treated', measures: '尾砂胶结充填 / cemented tailings backfill' },
  });
  await c.post('enterprise.principal', `/hidden-factors/${goaf}/verification`, 'demo-b-factor-1-ok', {
    note: '充填体强度检测合格 / backfill strength tested',
  });
  await factor('demo-b-factor-2', {
    ...{ kind: 'water_body', location: '老窿积水区（矿界北侧）', size: { volumeM3: 3500 }, method: 'geophysics' },
    ...{ mapRef: '充水性图 SW-2023-11', foundOn: '2024-02-15' },
  });
  const { id: old } = await factor('demo-b-factor-3', {
    ...{
      kind: 'abandoned_working',
      location: '-80m 废弃运输巷',
      size: { spanM: 3, areaM2: 420 },
      method: 'scanning_3d',
    },
    ...{ mapRef: '三维扫描成果 3D-2024-02', foundOn: '2024-02-20' },
  });
  await c.post('enterprise.staff', `/hidden-factors/${old}/treatment`, 'demo-b-factor-3-t', {
    ...{ stage: 'in_treatment', measures: '密闭封堵施工中 / sealing under way' },
  });
};

/** 体检式精查: the notice's dates come from policy physical-exam@2024.1, not from code. */
const campaign = async (c: DemoClient): Promise<void> => {
  const policy = physicalExamPolicyInForce('2024-03-01T00:00:00+08:00');
  const { id } = await c.post('leader.wang', '/exam-campaigns', 'demo-b-campaign-1', {
    mineId: M,
    title: '2024 年非煤矿山"体检式"精查 / 2024 physical-exam campaign',
    items: [
      {
        itemId: 'org',
        item: '安全管理机构设置与运行 / safety organisation',
        owner: '赵矿长',
        deadline: policy.rectifyBy,
      },
      { itemId: 'slope', item: '边坡和排土场稳定性分析 / slope stability', owner: '孙技术', deadline: policy.examBy },
      { itemId: 'rules', item: '安全管理规章制度 / safety rules', owner: '钱总监', deadline: policy.rectifyBy },
    ],
  });
  const item = (itemId: string, step: string) => `/exam-campaigns/${id}/items/${itemId}/${step}`;
  await c.post('inspector.zhang', item('org', 'finding'), 'demo-b-exam-org-f', {
    finding: '未配专职安全管理人员 / no full-time safety staff',
  });
  await c.post('enterprise.principal', item('org', 'rectification'), 'demo-b-exam-org-r', {
    rectification: '已配备专职安全员 2 名 / two appointed',
  });
  await c.post('leader.wang', item('org', 'closure'), 'demo-b-exam-org-c', {
    note: '复查合格，销项 / checked, closed',
  });
  await c.post('inspector.zhang', item('rules', 'finding'), 'demo-b-exam-rules-f', {
    finding: '规章制度未覆盖外包队伍 / rules omit contractors',
  });
};

/** 一企一档: posts, department, an engineer, certificates (one expired, one expiring soon, one valid), funds. */
const enterpriseFile = async (c: DemoClient): Promise<void> => {
  const file = (path: string, key: string, body: object, user = 'enterprise.staff') =>
    c.post(user, `/enterprise-files/${M}/${path}`, key, body);
  await file(
    'people',
    'demo-b-file-legal',
    { post: 'legal_representative', name: '刘董事长', since: '2021-03-01' },
    'enterprise.principal',
  );
  await file(
    'people',
    'demo-b-file-principal',
    { post: 'principal', name: '王建国', since: '2023-05-01' },
    'enterprise.principal',
  );
  await file('safety-department', 'demo-b-file-dept', { name: '安全环保部', head: '钱总监', fullTimeStaff: 4 });
  await file('engineers', 'demo-b-file-eng', {
    registrationNo: 'ZAGC-2021-0007',
    name: '孙技术',
    validUntil: '2027-06-30',
  });
  const certificate = (key: string, no: string, name: string, operationType: string, validUntil: string) =>
    file('certificates', key, { certificateNo: no, name, operationType, validUntil });
  await certificate('demo-b-cert-1', 'T140404199001011234', '周爆破', '金属非金属矿山爆破作业', '2024-05-31');
  // Expiring within the policy window whenever the demo is seeded; a later seeding renews it (new key, later date).
  await certificate(
    `demo-b-cert-2-${daysFromNow(45)}`,
    'T140404198805052345',
    '吴提升',
    '金属非金属矿山提升机操作作业',
    daysFromNow(45),
  );
  await certificate('demo-b-cert-3', 'T140404199203033456', '郑电工', '低压电工作业', '2028-09-30');
  await file('safety-funds', 'demo-b-file-funds-2024', { year: 2024, drawnYuan: 1_200_000, usedYuan: 860_000 });
};

/** Contractors, a census, a 体检式精查 campaign and the enterprise file of mine-demo-1, through the public API. */
export const seedDemoDutiesB = async (c: DemoClient): Promise<string[]> => {
  const contractor = await contractors(c);
  await census(c);
  await campaign(c);
  await enterpriseFile(c);
  return [
    `contractor ${contractor}`,
    '/contractor-register',
    '/hidden-factor-register',
    '/exam-items?pastDeadline=true',
    '/certificate-board',
  ];
};
