import { Column, EntityModel, column } from '@hazard-ledger/projection-engine';
import { ExtensionEntry, HazardRecord, evolveHazardRecord } from '../hazard-record/hazard-record';
import { ENDED_STATUSES, PENDING_STATUSES, hazardIdOf, hazardStreamOf } from '../hazard-ledger/hazard-ledger.model';

/** 挂牌督办 board: listed hazards, their deadline, every extension (requested, decided, by whom). */
export interface SupervisionRow {
  hazardId: string;
  mineId: string;
  mineName: string | null;
  jurisdiction: string | null;
  status: string;
  open: boolean;
  pending: boolean;
  level: string;
  unit: string;
  noticeNo: string;
  supervisingOfficial: string;
  listedAt: string;
  listingDeadline: string;
  /** The deadline in force now: the accepted or extended plan's, else the listing's. */
  deadline: string;
  extensions: ExtensionEntry[];
  extensionsGranted: number;
  signedOffAt: string | null;
  /** Set when the hazard was downgraded after listing: its listing and any breach stay visible, marked so. */
  downgradedAt: string | null;
}

export const supervisionRowOf = (r: HazardRecord): SupervisionRow | undefined => {
  const h = r.hazard;
  if (!r.listing || h.status === 'not_discovered') return undefined;
  const deadline = ('major' in h && h.major.deadline) || r.listing.deadline;
  return {
    hazardId: h.hazardId,
    mineId: h.mineId,
    mineName: r.mine?.name ?? null,
    jurisdiction: r.mine?.jurisdiction ?? null,
    status: h.status,
    open: !ENDED_STATUSES.includes(h.status),
    pending: PENDING_STATUSES.includes(h.status),
    level: r.listing.level,
    unit: r.listing.unit,
    noticeNo: r.listing.noticeNo,
    supervisingOfficial: r.listing.official,
    listedAt: r.listing.listedAt,
    listingDeadline: r.listing.deadline,
    deadline,
    extensions: r.extensions,
    extensionsGranted: r.extensions.filter((x) => x.decision === 'granted').length,
    signedOffAt: r.signedOffAt,
    downgradedAt: r.downgradedAt ?? null,
  };
};

const c = column<SupervisionRow>;

export const SUPERVISION_COLUMNS: readonly Column<SupervisionRow>[] = [
  c('mine_id', 'text', (r) => r.mineId),
  c('mine_name', 'text', (r) => r.mineName),
  c('jurisdiction', 'text', (r) => r.jurisdiction),
  c('status', 'text', (r) => r.status),
  c('open', 'boolean', (r) => r.open),
  c('pending', 'boolean', (r) => r.pending),
  c('level', 'text', (r) => r.level),
  c('unit', 'text', (r) => r.unit),
  c('notice_no', 'text', (r) => r.noticeNo),
  c('supervising_official', 'text', (r) => r.supervisingOfficial),
  c('listed_at', 'timestamptz', (r) => r.listedAt),
  c('listing_deadline', 'timestamptz', (r) => r.listingDeadline),
  c('deadline', 'timestamptz', (r) => r.deadline),
  c('extensions', 'jsonb', (r) => r.extensions),
  c('extensions_granted', 'integer', (r) => r.extensionsGranted),
  c('signed_off_at', 'timestamptz', (r) => r.signedOffAt),
  c('downgraded_at', 'timestamptz', (r) => r.downgradedAt),
];

export const supervisionBoardModel: EntityModel<HazardRecord, SupervisionRow> = {
  loadFrom: { module: __filename, exportName: 'supervisionBoardModel' },
  name: 'supervision-board',
  base: 'supervision_board',
  key: 'hazard_id',
  columns: SUPERVISION_COLUMNS,
  entityOf: hazardIdOf,
  streamOf: hazardStreamOf,
  evolve: evolveHazardRecord,
  rowOf: supervisionRowOf,
};
