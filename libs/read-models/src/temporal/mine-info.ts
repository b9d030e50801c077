import { LeanEvent } from '../projection';
import { MineInfo } from './entity-model';

/** The few mine facts the hazard read models denormalise; other mine events leave them unchanged. */
export const evolveMineInfo = (info: MineInfo | undefined, event: LeanEvent): MineInfo | undefined => {
  const data = event.data as Record<string, unknown>;
  if (event.type === 'MineRegistered')
    return {
      mineId: String(data.mineId),
      name: String(data.name),
      jurisdiction: String(data.jurisdiction),
      siteType: String(data.siteType),
      riskGrade: info?.riskGrade ?? null,
    };
  if (event.type === 'MineRiskGradeChanged' && info) return { ...info, riskGrade: String(data.next) };
  return info;
};
