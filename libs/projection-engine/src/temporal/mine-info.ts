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
  // Issue 14: a contractor's registration, a census factor's recording, a 体检式精查 campaign's launch.
  'ContractorRegistered',
  'HiddenFactorRecorded',
  'ExamCampaignLaunched',
  'MonthlyCheckRecorded',
  'HotWorkPermitRequested',
  // Issue 15: a tip's receipt names its mine when the reporter named one (null otherwise: no mine is looked up).
  'TipReceived',
];

/** The mine a stream's opening event names, or a mine's own stream. */
export const mineIdOf = (e: Pick<LeanEvent, 'streamId' | 'type' | 'data'>): string | undefined =>
  // 一企一档 has no opening event: its stream is the mine's file and every event names the mine.
  streams.is('mine', e.streamId) || OPENING_EVENTS.includes(e.type) || streams.is('enterprise-file', e.streamId)
    ? String((e.data as { mineId?: unknown }).mineId)
    : undefined;
