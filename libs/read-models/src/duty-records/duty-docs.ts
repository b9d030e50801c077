import { ContractorEvent, ExamCampaignEvent, HiddenFactorEvent } from '@hazard-ledger/domain';
import { LeanEvent, MineInfo } from '@hazard-ledger/projection-engine';

/** Who changed a record and when, as the event says (一企一档: every change kept). */
export interface Change {
  type: string;
  by: string;
  at: string;
}
interface Placed {
  mineId: string;
  mineName: string | null;
  jurisdiction: string | null;
  changes: Change[];
}
type Mines = (mineId: string) => MineInfo | undefined;
const placed = (mineId: string, mines: Mines): Omit<Placed, 'changes'> => {
  const mine = mines(mineId);
  return { mineId, mineName: mine?.name ?? null, jurisdiction: mine?.jurisdiction ?? null };
};
const change = <D extends Placed>(doc: D, lean: LeanEvent, by: string, at: string): D => ({
  ...doc,
  changes: [...doc.changes, { type: lean.type, by, at }],
});

export type ContractorDoc = Placed & {
  contractorId: string;
  name: string;
  qualification: { certificateNo: string; level: string; validUntil: string };
  contractFrom: string;
  contractTo: string;
  workScope: string[];
  policyVersion: string;
  assessments: { month: string; score: number; findings: string; assessedBy: string; assessedAt: string }[];
  endedOn: string | null;
  endReason: string | null;
};

export const evolveContractorDoc = (doc: ContractorDoc | undefined, lean: LeanEvent, mines: Mines) => {
  const e = lean as LeanEvent & ContractorEvent;
  if (e.type === 'ContractorRegistered') {
    if (doc) return doc;
    const { registeredBy, registeredAt, mineId, ...d } = e.data;
    const base = { ...placed(mineId, mines), ...d, assessments: [], endedOn: null, endReason: null, changes: [] };
    return change(base, lean, registeredBy, registeredAt);
  }
  if (!doc) return doc;
  if (e.type === 'ContractorAssessed') {
    const { contractorId: _id, ...a } = e.data;
    return change({ ...doc, assessments: [...doc.assessments, a] }, lean, a.assessedBy, a.assessedAt);
  }
  if (e.type === 'ContractorContractEnded')
    return change(
      { ...doc, endedOn: e.data.endedOn, endReason: e.data.reason },
      lean,
      e.data.endedBy,
      e.data.recordedAt,
    );
  return doc;
};

export type HiddenFactorDoc = Placed & {
  factorId: string;
  kind: string;
  location: string;
  size: Record<string, number>;
  method: string;
  mapRef: string;
  foundOn: string;
  validations: { method: string; confirmed: boolean; note: string; by: string; at: string }[];
  crossValidated: boolean;
  treatment: 'untreated' | 'in_treatment' | 'treated' | 'verified';
  treatments: { stage: string; text: string; by: string; at: string }[];
};

export const evolveHiddenFactorDoc = (doc: HiddenFactorDoc | undefined, lean: LeanEvent, mines: Mines) => {
  const e = lean as LeanEvent & HiddenFactorEvent;
  if (e.type === 'HiddenFactorRecorded') {
    if (doc) return doc;
    const { by, at, mineId, size, ...d } = e.data;
    const sized = size as Record<string, number>;
    const base = { ...placed(mineId, mines), ...d, size: sized, validations: [], crossValidated: false, changes: [] };
    return change({ ...base, treatment: 'untreated' as const, treatments: [] }, lean, by, at);
  }
  if (!doc) return doc;
  const { by, at } = e.data;
  switch (e.type) {
    case 'HiddenFactorCrossValidated': {
      const { method, confirmed, note } = e.data;
      const validations = [...doc.validations, { method, confirmed, note, by, at }];
      return change({ ...doc, validations, crossValidated: doc.crossValidated || confirmed }, lean, by, at);
    }
    case 'HiddenFactorTreatmentRecorded': {
      const treatments = [...doc.treatments, { stage: e.data.stage, text: e.data.measures, by, at }];
      return change({ ...doc, treatment: e.data.stage, treatments }, lean, by, at);
    }
    case 'HiddenFactorTreatmentVerified': {
      const treatments = [...doc.treatments, { stage: 'verified', text: e.data.note, by, at }];
      return change({ ...doc, treatment: 'verified' as const, treatments }, lean, by, at);
    }
    default:
      return doc;
  }
};

export interface ExamItemDoc {
  itemId: string;
  item: string;
  owner: string;
  deadline: string;
  status: 'open' | 'finding_recorded' | 'rectified' | 'closed';
  finding: string | null;
  hazardId: string | null;
  rectification: string | null;
  closeNote: string | null;
  closedAt: string | null;
}
export type ExamCampaignDoc = Placed & {
  campaignId: string;
  title: string;
  policyVersion: string;
  items: ExamItemDoc[];
};

export const evolveExamCampaignDoc = (doc: ExamCampaignDoc | undefined, lean: LeanEvent, mines: Mines) => {
  const e = lean as LeanEvent & ExamCampaignEvent;
  if (e.type === 'ExamCampaignLaunched') {
    if (doc) return doc;
    const { by, at, mineId, items, ...d } = e.data;
    const open = {
      status: 'open' as const,
      finding: null,
      hazardId: null,
      rectification: null,
      closeNote: null,
      closedAt: null,
    };
    const base = { ...placed(mineId, mines), ...d, items: items.map((i) => ({ ...i, ...open })), changes: [] };
    return change(base, lean, by, at);
  }
  if (!doc) return doc;
  const { by, at, itemId } = e.data;
  const patch = (p: Partial<ExamItemDoc>) =>
    change({ ...doc, items: doc.items.map((i) => (i.itemId === itemId ? { ...i, ...p } : i)) }, lean, by, at);
  switch (e.type) {
    case 'ExamItemFindingRecorded':
      return patch({ status: 'finding_recorded', finding: e.data.finding, hazardId: e.data.hazardId });
    case 'ExamItemRectified':
      return patch({ status: 'rectified', rectification: e.data.rectification });
    case 'ExamItemClosed':
      return patch({ status: 'closed', closeNote: e.data.note, closedAt: at });
    default:
      return doc;
  }
};
