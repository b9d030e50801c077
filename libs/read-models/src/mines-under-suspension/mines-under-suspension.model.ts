import { MineProductionResumed, MineProductionSuspended, MineRegistered, streams } from '@hazard-ledger/domain';
import { column } from '@hazard-ledger/projection-engine';
import { Fact, FactModel } from '../enforcement-facts/fact-history';

/** One row per mine ever suspended: the order in force (or the last one) and where its resumption stands. */
export interface SuspensionRow {
  mineId: string;
  mineName: string | null;
  jurisdiction: string | null;
  /** 'suspended' (停产整顿中), 'resumed' (已复产) or 'closed' (关闭). */
  status: 'suspended' | 'resumed' | 'closed';
  orderNo: string;
  orderDocumentId: string | null;
  extent: string;
  area: string | null;
  hazardIds: string[];
  since: string;
  orderedBy: string | null;
  resumedAt: string | null;
  approvalNo: string | null;
  approvalDocumentId: string | null;
  signOffs: { hazardId: string; decisionNo: string | null }[];
  /** Orders this mine has been under so far, this one included. */
  orders: number;
}

const TYPES = ['MineRegistered', 'MineProductionSuspended', 'MineProductionResumed', 'MineClosed'];

const suspendedRow = (row: SuspensionRow | undefined, d: MineProductionSuspended['data']): SuspensionRow => {
  const widening = row?.status === 'suspended';
  return {
    mineId: d.mineId,
    mineName: row?.mineName ?? null,
    jurisdiction: row?.jurisdiction ?? null,
    status: 'suspended',
    orderNo: d.orderNo,
    orderDocumentId: d.orderDocumentId ?? null,
    extent: d.scope.extent,
    area: d.scope.extent === 'partial' ? d.scope.area : null,
    // A widening order keeps the hazards of the one it supersedes (the mine decider does the same).
    hazardIds: [...new Set([...(widening ? row.hazardIds : []), ...(d.hazardIds ?? [])])],
    since: widening ? row.since : d.suspendedAt,
    orderedBy: d.orderedBy ?? null,
    resumedAt: null,
    approvalNo: null,
    approvalDocumentId: null,
    signOffs: [],
    orders: (row?.orders ?? 0) + 1,
  };
};

const resumedRow = (row: SuspensionRow, d: MineProductionResumed['data']): SuspensionRow => ({
  ...row,
  status: 'resumed',
  resumedAt: d.resumedAt,
  approvalNo: d.approvalNo,
  approvalDocumentId: d.approvalDocumentId ?? null,
  signOffs: d.signOffs ?? [],
});

// The mine's name and jurisdiction ride along from its registration, so rows are scoped without a join.
export const suspensionRowOf = (_id: string, facts: readonly Fact[]): SuspensionRow | undefined => {
  let mine: { name: string; jurisdiction: string } | undefined;
  let row: SuspensionRow | undefined;
  for (const f of facts) {
    if (f.type === 'MineRegistered') mine = f.data as unknown as MineRegistered['data'];
    else if (f.type === 'MineProductionSuspended')
      row = suspendedRow(row, f.data as unknown as MineProductionSuspended['data']);
    else if (f.type === 'MineProductionResumed' && row?.status === 'suspended')
      row = resumedRow(row, f.data as unknown as MineProductionResumed['data']);
    else if (f.type === 'MineClosed' && row) row = { ...row, status: 'closed' };
  }
  return row && { ...row, mineName: mine?.name ?? null, jurisdiction: mine?.jurisdiction ?? null };
};

const c = column<SuspensionRow>;

export const minesUnderSuspensionModel: FactModel<SuspensionRow> = {
  name: 'mines-under-suspension',
  base: 'mines_under_suspension',
  key: 'mine_id',
  streamPrefixes: [streams.prefix('mine')],
  columns: [
    c('mine_name', 'text', (r) => r.mineName),
    c('jurisdiction', 'text', (r) => r.jurisdiction),
    c('status', 'text', (r) => r.status),
    c('order_no', 'text', (r) => r.orderNo),
    c('order_document_id', 'text', (r) => r.orderDocumentId),
    c('extent', 'text', (r) => r.extent),
    c('area', 'text', (r) => r.area),
    c('hazard_ids', 'jsonb', (r) => r.hazardIds),
    c('since', 'timestamptz', (r) => r.since),
    c('ordered_by', 'text', (r) => r.orderedBy),
    c('resumed_at', 'timestamptz', (r) => r.resumedAt),
    c('approval_no', 'text', (r) => r.approvalNo),
    c('approval_document_id', 'text', (r) => r.approvalDocumentId),
    c('sign_offs', 'jsonb', (r) => r.signOffs),
    c('orders', 'integer', (r) => r.orders),
  ],
  entitiesOf: (e) => {
    const id = streams.idIn('mine', e.streamId);
    return id !== undefined && TYPES.includes(e.type) ? [id] : [];
  },
  rowOf: suspensionRowOf,
};
