import { Params } from '@hazard-ledger/projection-engine';
import { Db } from '../hazard-record/board-query';
import { ReadScope, ledgerTimeSlice, scopeCondition } from '../hazard-ledger/hazard-ledger.query';

export interface DutyQuery {
  scope: ReadScope;
  mineId?: string;
  /** One record by its key. */
  id?: string;
  asOf?: string;
  validAt?: string;
}

/** The documents of one register at the time slice asked for, in the reader's scope, oldest key first. */
export const queryDutyDocs = async <D>(db: Db, base: string, key: string, q: DutyQuery): Promise<D[]> => {
  const p = new Params();
  const slice = ledgerTimeSlice(q, p, base);
  const c = [slice.where, scopeCondition(q.scope, p)];
  if (q.mineId !== undefined) c.push(`mine_id = ${p.add(q.mineId)}`);
  if (q.id !== undefined) c.push(`${key} = ${p.add(q.id)}`);
  const rows: { doc: D }[] = await db.query(
    `SELECT doc FROM ${slice.table} WHERE ${c.join(' AND ')} ORDER BY mine_id, ${key} LIMIT 10000`,
    p.values,
  );
  return rows.map((r) => r.doc);
};
