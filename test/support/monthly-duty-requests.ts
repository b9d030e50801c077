import { DEMO_PASSWORD } from '@hazard-ledger/auth';
import { HotWorkPermitCommandType, MonthlyCheckCommandType } from '@hazard-ledger/domain';
import { anEvidence } from './hazard-requests';

/** One valid request per command of the monthly check and the hot-work permit: matrix and bad requests start here. */
export interface DutyRequest {
  path: (id: string) => string;
  body: (mineId?: string) => object;
  creates: boolean;
}

// Times are fixed when the catalogue loads, so the same body twice is the same request (idempotent retries).
const LOADED_AT = Date.now();
const minutesFromNow = (minutes: number) => new Date(LOADED_AT + minutes * 60_000).toISOString();

export const checkBody = (mineId = 'mine-demo-1', overrides: object = {}) => ({
  mineId,
  month: '2025-05',
  occurredAt: '2025-05-25T02:00:00.000Z',
  leader: { name: '王建国', position: '矿长' },
  participants: [
    { name: '刘工', position: '总工程师' },
    { name: '孙技术', position: '安全技术员' },
  ],
  areas: ['-120m 中段', '主井提升系统'],
  clauses: ['MHS2022-UG-01', 'MHS2022-UG-29'],
  ...overrides,
});

/** A hazard the check found, as POST /hazards takes it (source monthly_check, linked back to the check). */
export const checkHazardBody = (checkId: string, mineId = 'mine-demo-1', occurredAt = '2025-05-25T03:00:00.000Z') => ({
  mineId,
  source: 'monthly_check',
  location: '-120m 中段 3# 采场',
  description: '采场东侧安全出口被废石堵塞',
  evidence: [anEvidence('exit.jpg', 'e1')],
  occurredAt,
  linkedRef: { kind: 'monthly_investigation', id: checkId },
});

export const monthlyCheckRequests: Record<MonthlyCheckCommandType, DutyRequest> = {
  RecordMonthlyCheck: { path: () => '/monthly-checks', body: (mineId) => checkBody(mineId), creates: true },
  LinkMonthlyCheckHazard: {
    path: (id) => `/monthly-checks/${id}/hazards`,
    body: () => ({ hazardId: '00000000-0000-4000-8000-000000000001' }),
    creates: false,
  },
  SignMonthlyCheck: {
    path: (id) => `/monthly-checks/${id}/signature`,
    body: () => ({ result: 'none_found', summary: '本月排查未发现重大事故隐患', password: DEMO_PASSWORD }),
    creates: false,
  },
};

export const permitBody = (mineId = 'mine-demo-1', overrides: object = {}) => ({
  mineId,
  location: '-120m 中段 2# 溜井口',
  underground: true,
  work: '溜井格筛焊接修补',
  windowStart: minutesFromNow(-10),
  windowEnd: minutesFromNow(120),
  precautions: ['清理周边 10 m 内可燃物', '配备灭火器 2 具'],
  ...overrides,
});

export const hotWorkPermitRequests: Record<HotWorkPermitCommandType, DutyRequest> = {
  RequestHotWorkPermit: { path: () => '/hot-work-permits', body: (mineId) => permitBody(mineId), creates: true },
  ApproveHotWorkPermit: {
    path: (id) => `/hot-work-permits/${id}/approval`,
    body: () => ({ precautions: ['清理周边 10 m 内可燃物', '专人监护'], password: DEMO_PASSWORD }),
    creates: false,
  },
  StartHotWork: { path: (id) => `/hot-work-permits/${id}/start`, body: () => ({}), creates: false },
  FinishHotWork: {
    path: (id) => `/hot-work-permits/${id}/finish`,
    body: () => ({ note: '完工，现场无遗留火种' }),
    creates: false,
  },
  CancelHotWorkPermit: {
    path: (id) => `/hot-work-permits/${id}/cancellation`,
    body: () => ({ reason: '设备到货推迟' }),
    creates: false,
  },
};
