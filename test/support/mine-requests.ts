import { DEMO_PASSWORD } from '@hazard-ledger/auth';
import { MineCommandType } from '@hazard-ledger/domain';
import { plantDocument } from './planted-documents';

export interface MineRequest {
  path: (mineId: string) => string;
  /**
   * A valid body; `jurisdiction` only matters for registration. Orders cite a document of the mine: building the
   * body plants a signed one (naming no hazard) in the test-only documents provider.
   */
  body: (jurisdiction: string, mineId?: string) => object;
}

/** One valid request per mine command (the authorisation matrix and the bad-request generator start from these). */
export const mineRequests: Record<MineCommandType, MineRequest> = {
  RegisterMine: {
    path: () => '/mines',
    body: (jurisdiction) => ({
      name: '矩阵测试矿',
      siteType: 'open_pit',
      jurisdiction,
      enterprise: { name: '矩阵测试企业', creditCode: '91140404MA0K000009' },
      principal: { name: '测试负责人' },
      responsiblePersons: [{ role: 'mine_manager', name: '测试矿长' }],
    }),
  },
  ChangeMineRiskGrade: {
    path: (id) => `/mines/${id}/risk-grade`,
    body: () => ({ grade: 'C', reason: '年度评定 / annual grading' }),
  },
  ChangeMineResponsiblePersons: {
    path: (id) => `/mines/${id}/responsible-persons`,
    body: () => ({
      principal: { name: '新负责人' },
      responsiblePersons: [{ role: 'mine_manager', name: '新矿长' }],
      reason: '人员调整 / staff change',
    }),
  },
  SuspendMineProduction: {
    path: (id) => `/mines/${id}/suspension`,
    body: (_jurisdiction, mineId = 'mine-demo-1') => ({
      documentId: plantDocument('suspension_order', mineId).documentId,
      extent: 'full',
      reason: '重大隐患 / major hazard',
      password: DEMO_PASSWORD,
    }),
  },
  ResumeMineProduction: {
    path: (id) => `/mines/${id}/resumption`,
    body: (_jurisdiction, mineId = 'mine-demo-1') => ({
      documentId: plantDocument('resumption_approval', mineId).documentId,
      password: DEMO_PASSWORD,
    }),
  },
  CloseMine: {
    path: (id) => `/mines/${id}/closure`,
    body: () => ({ decisionNo: '上党政〔2024〕99号', reason: '关闭 / closure' }),
  },
};
