import { streams } from '@hazard-ledger/domain';
import { LeanEvent, Column, ColumnType, EntityModel, column } from '@hazard-ledger/projection-engine';
import { HazardRecord, evolveHazardRecord } from '../hazard-record/hazard-record';

/** Statuses after which nothing remains to be done (销号, closed, voided). */
export const ENDED_STATUSES = ['signed_off', 'closed', 'voided'];
/** Statuses in which remediation is still owed, so a passed deadline makes the hazard overdue. */
export const PENDING_STATUSES = [
  'discovered',
  'major_determined',
  'plan_submitted',
  'plan_returned',
  'in_remediation',
  'escalated',
  'general_determined',
  'rectification_assigned',
];

/** One line of the 隐患台账 (domain.md §5.3): identity, discovery, classification, deadline, where it stands. */
export interface LedgerRow {
  hazardId: string;
  mineId: string;
  mineName: string | null;
  jurisdiction: string | null;
  siteType: string | null;
  status: string;
  grade: string | null;
  clauseId: string | null;
  basicCondition: boolean;
  source: string;
  description: string;
  location: string;
  discoveredBy: string;
  discoveredAt: string;
  determinedAt: string | null;
  deadline: string | null;
  supervisionLevel: string | null;
  suspended: boolean;
  open: boolean;
  pending: boolean;
  endedAt: string | null;
  closedWithoutSignOff: boolean;
  lastEventType: string;
  lastOccurredAt: string;
  contractorId: string | null;
}

/** The deadline that counts now: the accepted/extended plan's, else the 挂牌 deadline, else the plan's proposal. */
const deadlineOf = (r: HazardRecord): string | null => {
  const h = r.hazard;
  if ('major' in h) return h.major.deadline ?? r.listing?.deadline ?? h.major.planDeadline ?? null;
  return r.generalDeadline;
};

export const ledgerRowOf = (r: HazardRecord): LedgerRow | undefined => {
  const h = r.hazard;
  if (h.status === 'not_discovered') return undefined;
  return {
    hazardId: h.hazardId,
    mineId: h.mineId,
    mineName: r.mine?.name ?? null,
    jurisdiction: r.mine?.jurisdiction ?? null,
    siteType: r.mine?.siteType ?? null,
    status: h.status,
    grade: r.grade,
    clauseId: r.clauseId,
    basicCondition: r.basicCondition,
    source: h.source,
    description: h.description,
    location: h.location,
    discoveredBy: h.discoveredBy,
    discoveredAt: r.discoveredAt,
    determinedAt: r.determinedAt,
    deadline: deadlineOf(r),
    supervisionLevel: r.listing?.level ?? null,
    suspended: h.suspension !== undefined,
    open: !ENDED_STATUSES.includes(h.status),
    pending: PENDING_STATUSES.includes(h.status),
    endedAt: r.endedAt ?? r.signedOffAt,
    closedWithoutSignOff: r.closedWithoutSignOff === true,
    lastEventType: r.lastEventType,
    lastOccurredAt: r.lastOccurredAt,
    contractorId: r.contractorId ?? null,
  };
};

const col = <K extends keyof LedgerRow>(name: string, type: ColumnType, key: K): Column<LedgerRow> =>
  column<LedgerRow>(name, type, (row) => row[key]);

export const LEDGER_COLUMNS: readonly Column<LedgerRow>[] = [
  col('mine_id', 'text', 'mineId'),
  col('mine_name', 'text', 'mineName'),
  col('jurisdiction', 'text', 'jurisdiction'),
  col('site_type', 'text', 'siteType'),
  col('status', 'text', 'status'),
  col('grade', 'text', 'grade'),
  col('clause_id', 'text', 'clauseId'),
  col('basic_condition', 'boolean', 'basicCondition'),
  col('source', 'text', 'source'),
  col('description', 'text', 'description'),
  col('location', 'text', 'location'),
  col('discovered_by', 'text', 'discoveredBy'),
  col('discovered_at', 'timestamptz', 'discoveredAt'),
  col('determined_at', 'timestamptz', 'determinedAt'),
  col('deadline', 'timestamptz', 'deadline'),
  col('supervision_level', 'text', 'supervisionLevel'),
  col('suspended', 'boolean', 'suspended'),
  col('open', 'boolean', 'open'),
  col('pending', 'boolean', 'pending'),
  col('ended_at', 'timestamptz', 'endedAt'),
  col('closed_without_sign_off', 'boolean', 'closedWithoutSignOff'),
  col('last_event_type', 'text', 'lastEventType'),
  col('last_occurred_at', 'timestamptz', 'lastOccurredAt'),
  col('contractor_id', 'text', 'contractorId'),
];

export const hazardIdOf = (event: LeanEvent): string | undefined => streams.idIn('hazard', event.streamId);

export const hazardStreamOf = streams.hazard;

/** 隐患台账: one row per hazard, every version kept on both time axes. */
export const hazardLedgerModel: EntityModel<HazardRecord, LedgerRow> = {
  loadFrom: { module: __filename, exportName: 'hazardLedgerModel' },
  name: 'hazard-ledger',
  base: 'hazard_ledger',
  key: 'hazard_id',
  columns: LEDGER_COLUMNS,
  entityOf: hazardIdOf,
  streamOf: hazardStreamOf,
  evolve: evolveHazardRecord,
  rowOf: ledgerRowOf,
};
