import { DEMO_PASSWORD } from '@hazard-ledger/auth';
import { InspectionCommandType } from '@hazard-ledger/domain';

export interface InspectionRequest {
  method: 'post';
  /** For RecordInspection (which creates one) the id is ignored. */
  path: (inspectionId: string) => string;
  body: (mineId?: string) => object;
  signed: boolean;
  creates: boolean;
}

// Times are fixed when the catalogue loads, so the same body twice is the same request (idempotent retries).
const LOADED_AT = Date.now();
const minutesAgo = (minutes: number) => new Date(LOADED_AT - minutes * 60_000).toISOString();
export const digest = (seed: string) => seed.repeat(64).slice(0, 64);

/** The district team of three: 王刚 (leader), 张明 and 李强, all of 140404; the API resolves their certificates. */
export const DISTRICT_TEAM = [
  { userId: 'u-leader-wang', leader: true },
  { userId: 'u-inspector-zhang', leader: false },
  { userId: 'u-inspector-li', leader: false },
];

export const recordInspectionBody = (mineId = 'mine-demo-1', overrides: object = {}) => ({
  mineId,
  kind: 'unannounced',
  planItemId: 'plan-2024-0007',
  areas: ['-120m 中段', '主井提升系统'],
  team: DISTRICT_TEAM,
  occurredAt: minutesAgo(90),
  ...overrides,
});

export const findingBody = (clauseId = 'MHS2022-UG-20') => ({
  clauseId,
  location: '-120m 中段 主扇风机房',
  description: '主要通风机未连续运转，井下风量不足',
  evidence: [{ hash: digest('c3'), alg: 'sm3', name: 'fan.jpg', mime: 'image/jpeg', pending: true }],
  occurredAt: minutesAgo(60),
  password: DEMO_PASSWORD,
});

const on = (suffix: string, body: () => object, signed = false): InspectionRequest => ({
  method: 'post',
  path: (id) => `/inspections/${id}/${suffix}`,
  body,
  signed,
  creates: false,
});

/** One valid request per inspection command: the authorisation matrix and the bad-request generator start here. */
export const inspectionRequests: Record<InspectionCommandType, InspectionRequest> = {
  RecordInspection: {
    method: 'post',
    path: () => '/inspections',
    body: (mineId = 'mine-demo-1') => recordInspectionBody(mineId),
    signed: false,
    creates: true,
  },
  ExamineClauses: on('clauses', () => ({ clauses: [{ clauseId: 'MHS2022-UG-01', note: '两个安全出口畅通' }] })),
  RecordInspectionFinding: on('findings', () => findingBody()),
  AttachInspectionMedia: on('media', () => ({
    media: [{ mediaId: 'DSJ-2024-0310-001', hash: digest('d4'), alg: 'sm3', pending: true }],
  })),
  RecordKnowledgeTest: on('knowledge-tests', () => ({ people: [{ name: '王建国', position: '矿长', score: 85 }] })),
  RecordInspectionResult: on('result', () => ({ result: 'no_major_hazard', summary: '未发现重大事故隐患' })),
  SignInspectionResult: on('signatures', () => ({ password: DEMO_PASSWORD }), true),
};
