import { Column, EntityModel, column } from '@hazard-ledger/projection-engine';
import { HazardRecord, ReportTrack, evolveHazardRecord } from '../hazard-record/hazard-record';
import { ENDED_STATUSES, hazardIdOf, hazardStreamOf } from '../hazard-ledger/hazard-ledger.model';

/** 双报告 board: per major hazard, each report's receipt time and its delay against the policy in force. */
export interface DualReportRow {
  hazardId: string;
  mineId: string;
  mineName: string | null;
  jurisdiction: string | null;
  status: string;
  open: boolean;
  determinedAt: string;
  /** Set when the hazard was downgraded: its reports while it was major (and any delay) stay visible. */
  downgradedAt: string | null;
  policyVersion: string | null;
  regulator: ReportTrack;
  workersCongress: ReportTrack;
}

export const dualReportRowOf = (r: HazardRecord): DualReportRow | undefined => {
  const h = r.hazard;
  // A state document written before downgradedAt existed has none: treat it as never downgraded.
  const wasMajor = r.grade === 'major' || Boolean(r.downgradedAt);
  if (!wasMajor || h.status === 'not_discovered' || !r.determinedAt) return undefined;
  return {
    hazardId: h.hazardId,
    mineId: h.mineId,
    mineName: r.mine?.name ?? null,
    jurisdiction: r.mine?.jurisdiction ?? null,
    status: h.status,
    open: !ENDED_STATUSES.includes(h.status),
    determinedAt: r.determinedAt,
    downgradedAt: r.downgradedAt ?? null,
    policyVersion: r.policyVersion,
    regulator: r.reports.regulator,
    workersCongress: r.reports.workers_congress,
  };
};

const c = column<DualReportRow>;

export const DUAL_REPORT_COLUMNS: readonly Column<DualReportRow>[] = [
  c('mine_id', 'text', (r) => r.mineId),
  c('mine_name', 'text', (r) => r.mineName),
  c('jurisdiction', 'text', (r) => r.jurisdiction),
  c('status', 'text', (r) => r.status),
  c('open', 'boolean', (r) => r.open),
  c('determined_at', 'timestamptz', (r) => r.determinedAt),
  c('downgraded_at', 'timestamptz', (r) => r.downgradedAt),
  c('policy_version', 'text', (r) => r.policyVersion),
  c('regulator_allowed_hours', 'numeric', (r) => r.regulator.allowedHours),
  c('regulator_submitted_at', 'timestamptz', (r) => r.regulator.submittedAt),
  c('regulator_received_at', 'timestamptz', (r) => r.regulator.receivedAt),
  c('congress_allowed_hours', 'numeric', (r) => r.workersCongress.allowedHours),
  c('congress_submitted_at', 'timestamptz', (r) => r.workersCongress.submittedAt),
  c('congress_received_at', 'timestamptz', (r) => r.workersCongress.receivedAt),
];

export const dualReportBoardModel: EntityModel<HazardRecord, DualReportRow> = {
  loadFrom: { module: __filename, exportName: 'dualReportBoardModel' },
  name: 'dual-report-board',
  base: 'dual_report_board',
  key: 'hazard_id',
  columns: DUAL_REPORT_COLUMNS,
  entityOf: hazardIdOf,
  streamOf: hazardStreamOf,
  evolve: evolveHazardRecord,
  rowOf: dualReportRowOf,
};
