import { AccessRule } from '../shared/access';
import { MineCommandType } from './mine.commands';

/**
 * Registration, grading, resumption and closure are bureau decisions (局领导); an inspector may also order a
 * suspension on site (安全生产法 on-site measures, domain.md §2.4). The enterprise keeps its own persons current.
 */
export const mineCommandAccess: Readonly<Record<MineCommandType, AccessRule>> = Object.freeze({
  RegisterMine: { roles: ['supervising_leader'] },
  ChangeMineRiskGrade: { roles: ['supervising_leader'] },
  ChangeMineResponsiblePersons: { roles: ['enterprise_principal', 'supervising_leader'] },
  SuspendMineProduction: { roles: ['inspector', 'supervising_leader'] },
  ResumeMineProduction: { roles: ['supervising_leader'] },
  CloseMine: { roles: ['supervising_leader'] },
});
