import { DEMO_PASSWORD } from '@hazard-ledger/auth';
import { HazardCommandType } from '@hazard-ledger/domain';

export interface HazardRequest {
  method: 'post';
  /** For commands that create a hazard (`creates`), the id is ignored (recurrences: the earlier hazard). */
  path: (hazardId: string) => string;
  /** A body that passes validation; `mineId` only matters for discovery. */
  body: (mineId?: string) => object;
  /** Carries the signer's password (demo password) for an e-signature. */
  signed: boolean;
  /** Creates a new hazard (201) instead of acting on an existing one (200). */
  creates: boolean;
}

// Times are fixed when the catalogue loads, so the same body twice is the same request (idempotent retries).
const LOADED_AT = Date.now();
const DAY_MS = 86_400_000;
const inDays = (days: number) => new Date(LOADED_AT + days * DAY_MS).toISOString();
const minutesAgo = (minutes: number) => new Date(LOADED_AT - minutes * 60_000).toISOString();
const digest = (seed: string) => seed.repeat(64).slice(0, 64);

// The digests are made up: cited as pending uploads (offline capture), so no bytes need to be held.
export const anEvidence = (name = 'exit-blocked.jpg', seed = 'a1') => ({
  hash: digest(seed),
  alg: 'sm3',
  name,
  mime: 'image/jpeg',
  pending: true,
});

/** A source both sides may cite, so one discovery body serves an enterprise user and a regulator alike. */
export const finding = () => ({
  source: 'monitoring_alert',
  location: '-120m 中段 3# 采场',
  description: '采场东侧安全出口被废石堵塞',
  evidence: [anEvidence()],
  occurredAt: minutesAgo(30),
  linkedRef: { kind: 'monitoring_alert', id: 'alert-2024-0311' },
});

export const reportContent = () => ({
  currentState: '安全出口被堵塞，采场仅余一个出口',
  cause: '废石临时堆放未及时清运',
  severityAnalysis: '发生冒顶或火灾时人员无法撤离；清运需停产三天',
  remediationPlan: '停止采场作业，清运废石，修复梯子间',
});

export const remediationPlan = (deadline = inDays(120)) => ({
  responsibility: { unit: '采矿车间', person: '王建国' },
  measures: ['清运废石', '修复梯子间', '增设应急照明'],
  funds: { amount: 500000, source: '企业安全生产费用' },
  deadline,
  contingencyPlan: '采场停止作业，设置警戒，井下人员经西侧出口撤离',
  contributors: ['u-enterprise-staff'],
});

const signed = { password: DEMO_PASSWORD };
const reason = (text: string) => ({ reason: text });

const on = (suffix: string, body: (mineId?: string) => object, flags: Partial<HazardRequest> = {}): HazardRequest => ({
  method: 'post',
  path: (id) => `/hazards/${id}/${suffix}`,
  body,
  signed: false,
  creates: false,
  ...flags,
});

/** One valid request per hazard command: the authorisation matrix and the bad-request generator start from these. */
export const hazardRequests: Record<HazardCommandType, HazardRequest> = {
  DiscoverHazard: {
    method: 'post',
    path: () => '/hazards',
    body: (mineId = 'mine-demo-1') => ({ mineId, ...finding() }),
    signed: false,
    creates: true,
  },
  ReportRecurrence: on('recurrences', finding, { creates: true }),
  DetermineMajorHazard: on('major-determination', () => ({ clauseId: 'MHS2022-UG-01', ...signed }), { signed: true }),
  DetermineGeneralHazard: on('general-determination', () => ({})),
  ChangeHazardGrade: on(
    'grade-change',
    () => ({
      to: 'major',
      clauseId: 'MHS2022-UG-20',
      ...reason('主扇未连续运转，符合判定标准 / main fan not running continuously'),
      ...signed,
    }),
    { signed: true },
  ),
  AmendHazardDescription: on('description-amendment', () => ({
    next: '采场东侧安全出口被废石完全堵塞，梯子间损坏',
    ...reason('补充现场核实情况 / details confirmed on site'),
  })),
  AmendHazardLocation: on('location-amendment', () => ({
    next: '-120m 中段 4# 采场',
    ...reason('采场编号记录错误 / wrong stope number'),
  })),
  SubmitDualReport: on('dual-reports', () => ({ recipient: 'regulator', content: reportContent(), ...signed }), {
    signed: true,
  }),
  AcknowledgeDualReport: on('dual-report-receipts', () => ({ recipient: 'regulator', reportHash: digest('0f') })),
  ListForSupervision: on(
    'supervision-listing',
    () => ({
      level: 'county',
      unit: '上党区安全生产委员会办公室',
      supervisingOfficial: '王刚',
      deadline: inDays(300),
      noticeNo: '上应急督〔2024〕3号',
      ...signed,
    }),
    { signed: true },
  ),
  SubmitRemediationPlan: on('remediation-plans', () => remediationPlan()),
  ReturnRemediationPlan: on('remediation-plan-return', () => reason('资金来源不明确 / funding source unclear')),
  AcceptRemediationPlan: on('remediation-plan-acceptance', () => ({})),
  RecordRemediationProgress: on('remediation-progress', () => ({
    note: '废石已清运 60%',
    evidence: [anEvidence('progress.jpg', 'b2')],
  })),
  RequestExtension: on('extension-requests', () => ({
    newDeadline: inDays(200),
    ...reason('雨季井下涌水，清运受阻 / flooding delayed the work'),
  })),
  GrantExtension: on(
    'extension-grant',
    () => ({ newDeadline: inDays(200), ...reason('经核实涌水属实 / flooding confirmed'), ...signed }),
    { signed: true },
  ),
  RefuseExtension: on('extension-refusal', () => reason('延期理由不成立 / no grounds')),
  EvaluateRemediation: on('evaluation', () => ({
    evaluator: { name: '山西示范安全评价有限公司', qualification: 'APJ-(晋)-001' },
    reportHash: digest('9e'),
    conclusion: 'passed',
  })),
  RequestSignOff: on('sign-off-request', () => ({ ...signed }), { signed: true }),
  SignSiteReview: on(
    'site-reviews',
    () => ({ findings: '两个安全出口畅通，梯子间完好', conclusion: 'passed', ...signed }),
    { signed: true },
  ),
  SignOffHazard: on('sign-off', () => ({ decisionNo: '上应急销〔2024〕5号', ...signed }), { signed: true }),
  RejectSignOff: on('sign-off-rejection', () => ({
    newDeadline: inDays(60),
    ...reason('梯子间未修复 / ladderway not repaired'),
  })),
  EscalateHazard: on(
    'escalation',
    () => ({
      caseNo: '上应急立〔2024〕12号',
      targets: [
        { kind: 'enterprise', name: '长治市上党区示范矿业有限公司' },
        { kind: 'person', name: '王建国' },
      ],
      ...signed,
    }),
    { signed: true },
  ),
  CloseHazard: on('closure', () => ({})),
  SuspendProduction: on('suspension', () => ({ scope: 'full', orderNo: '上应急停〔2024〕1号' })),
  LiftSuspension: on('suspension-lifting', () => ({
    orderNo: '上应急停〔2024〕1号',
    ...reason('经现场核查具备安全生产条件 / safe to resume'),
  })),
  VoidHazard: on(
    'void',
    () => ({
      ...reason('与另一隐患重复登记 / duplicate record'),
      evidence: [anEvidence('duplicate-proof.pdf', 'c3')],
      ...signed,
    }),
    { signed: true },
  ),
  ApproveVoid: on('void-approval', () => ({ ...signed }), { signed: true }),
  RectifyOnSpot: on('on-spot-rectification', () => ({ afterEvidence: [anEvidence('after.jpg', 'd4')], ...signed }), {
    signed: true,
  }),
  AssignRectification: on('rectification-assignment', () => ({
    assignee: { id: 'u-enterprise-staff', name: '赵安全' },
    deadline: inDays(10),
  })),
  CompleteRectification: on('rectification-completion', () => ({ evidence: [anEvidence('fixed.jpg', 'e5')] })),
  VerifyRectification: on('rectification-verification', () => ({})),
  ConductReinspection: on('reinspection', () => ({ conclusion: 'passed', findings: '已按指令书整改到位' })),
  RevokeSignature: on('signature-revocations', () => ({
    signatureRef: { eventType: 'SiteReviewSigned', signerId: 'u-inspector-li' },
    ...reason('误签：核查时未到达 4# 采场 / signed in error'),
  })),
};
