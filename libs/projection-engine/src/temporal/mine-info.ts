import { streams } from '@hazard-ledger/domain';
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

/** The events that open a record and name its mine: a hazard's discovery, an inspection's recording, a document's draft, a penalty decision. */
const OPENING_EVENTS: readonly string[] = [
  'HazardDiscovered',
  'InspectionRecorded',
  'DocumentDrafted',
  'PenaltyDecided',
  'MonthlyCheckRecorded',
  'HotWorkPermitRequested',
];

/** The mine a stream's opening event names, or a mine's own stream. */
export const mineIdOf = (e: Pick<LeanEvent, 'streamId' | 'type' | 'data'>): string | undefined =>
  streams.is('mine', e.streamId) || OPENING_EVENTS.includes(e.type)
    ? String((e.data as { mineId?: unknown }).mineId)
    : undefined;
