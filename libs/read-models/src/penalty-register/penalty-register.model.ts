import { PenaltyEvent, PenaltyTarget, streams } from '@hazard-ledger/domain';
import { Column, ColumnType, EntityModel, LeanEvent, MineLookup, column } from '@hazard-ledger/projection-engine';

export interface PenaltyTargetEntry extends PenaltyTarget {
  paidYuan: number;
  fullyPaid: boolean;
  lastPaidAt: string | null;
  enforcementApplicationNo: string | null;
}

/** 行政处罚台账: one row per decision, each target with amount, minimum, payment and 强制执行. */
export interface PenaltyRow {
  penaltyId: string;
  mineId: string;
  mineName: string | null;
  jurisdiction: string | null;
  documentId: string;
  docNo: string;
  hazardIds: string[];
  decidedBy: string;
  decidedAt: string;
  policyVersion: string;
  targets: PenaltyTargetEntry[];
  totalYuan: number;
  paidYuan: number;
  /** 倒查 E.12: some target fined below the statutory minimum of its basis. */
  belowMinimum: boolean;
  /** 倒查 E.12: the company fined and no person (一案双罚 not applied). */
  noIndividualTarget: boolean;
  fullyPaid: boolean;
  enforcementRequested: boolean;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + Math.round(b * 100), 0) / 100;

const totals = (row: PenaltyRow): PenaltyRow => ({
  ...row,
  paidYuan: sum(row.targets.map((t) => t.paidYuan)),
  fullyPaid: row.targets.every((t) => t.fullyPaid),
  enforcementRequested: row.targets.some((t) => t.enforcementApplicationNo !== null),
});

const decided = (d: Extract<PenaltyEvent, { type: 'PenaltyDecided' }>['data'], mines: MineLookup): PenaltyRow => {
  const mine = mines(d.mineId);
  return totals({
    penaltyId: d.penaltyId,
    mineId: d.mineId,
    mineName: mine?.name ?? null,
    jurisdiction: mine?.jurisdiction ?? null,
    documentId: d.documentId,
    docNo: d.docNo,
    hazardIds: d.hazardIds,
    decidedBy: d.decidedBy.name,
    decidedAt: d.decidedAt,
    policyVersion: d.policyVersion,
    targets: d.targets.map((t) => ({
      ...t,
      paidYuan: 0,
      fullyPaid: false,
      lastPaidAt: null,
      enforcementApplicationNo: null,
    })),
    totalYuan: sum(d.targets.map((t) => t.amountYuan)),
    paidYuan: 0,
    belowMinimum: d.targets.some((t) => t.belowMinimum),
    noIndividualTarget: d.noIndividualTarget,
    fullyPaid: false,
    enforcementRequested: false,
  });
};

const onTarget = (row: PenaltyRow, targetId: string, change: (t: PenaltyTargetEntry) => PenaltyTargetEntry) =>
  totals({ ...row, targets: row.targets.map((t) => (t.targetId === targetId ? change(t) : t)) });

export const evolvePenaltyRow = (state: PenaltyRow | undefined, event: LeanEvent, mines: MineLookup) => {
  const e = { type: event.type, data: event.data } as unknown as PenaltyEvent;
  if (e.type === 'PenaltyDecided') return state ?? decided(e.data, mines);
  if (!state) return state;
  if (e.type === 'PenaltyPaymentRecorded') {
    const { paidTotalYuan, fullyPaid, paidAt } = e.data;
    return onTarget(state, e.data.targetId, (t) => ({ ...t, paidYuan: paidTotalYuan, fullyPaid, lastPaidAt: paidAt }));
  }
  if (e.type === 'PenaltyEnforcementRequested')
    return onTarget(state, e.data.targetId, (t) => ({ ...t, enforcementApplicationNo: e.data.applicationNo }));
  return state;
};

const col = <K extends keyof PenaltyRow>(name: string, type: ColumnType, key: K): Column<PenaltyRow> =>
  column<PenaltyRow>(name, type, (row) => row[key]);

export const PENALTY_REGISTER_COLUMNS: readonly Column<PenaltyRow>[] = [
  col('mine_id', 'text', 'mineId'),
  col('mine_name', 'text', 'mineName'),
  col('jurisdiction', 'text', 'jurisdiction'),
  col('document_id', 'text', 'documentId'),
  col('doc_no', 'text', 'docNo'),
  col('hazard_ids', 'jsonb', 'hazardIds'),
  col('decided_by', 'text', 'decidedBy'),
  col('decided_at', 'timestamptz', 'decidedAt'),
  col('policy_version', 'text', 'policyVersion'),
  col('targets', 'jsonb', 'targets'),
  col('total_yuan', 'numeric', 'totalYuan'),
  col('paid_yuan', 'numeric', 'paidYuan'),
  col('below_minimum', 'boolean', 'belowMinimum'),
  col('no_individual_target', 'boolean', 'noIndividualTarget'),
  col('fully_paid', 'boolean', 'fullyPaid'),
  col('enforcement_requested', 'boolean', 'enforcementRequested'),
];

/** 行政处罚台账 on both time axes. */
export const penaltyRegisterModel: EntityModel<PenaltyRow, PenaltyRow> = {
  loadFrom: { module: __filename, exportName: 'penaltyRegisterModel' },
  name: 'penalty-register',
  base: 'penalty_register',
  key: 'penalty_id',
  columns: PENALTY_REGISTER_COLUMNS,
  entityOf: (event) => streams.idIn('penalty', event.streamId),
  streamOf: streams.penalty,
  entityCategory: 'penalty',
  evolve: evolvePenaltyRow,
  rowOf: (row) => row,
};
