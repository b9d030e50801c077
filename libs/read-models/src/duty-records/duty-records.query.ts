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

const BATCH = 1_000;

/**
 * The documents of one register at the time slice asked for, in the reader's scope, oldest key first. Read in
 * keyset batches, all of them: the registers derive per-mine figures from the whole set before paging.
 */
export const queryDutyDocs = async <D>(db: Db, base: string, key: string, q: DutyQuery): Promise<D[]> => {
  const docs: D[] = [];
  let after: [string, string] | undefined;
  for (;;) {
    const p = new Params();
    const slice = ledgerTimeSlice(q, p, base);
    const c = [slice.where, scopeCondition(q.scope, p)];
    if (q.mineId !== undefined) c.push(`mine_id = ${p.add(q.mineId)}`);
    if (q.id !== undefined) c.push(`${key} = ${p.add(q.id)}`);
    if (after) c.push(`(mine_id, ${key}) > (${p.add(after[0])}, ${p.add(after[1])})`);
    const rows: { doc: D; m: string; k: string }[] = await db.query(
      `SELECT doc, mine_id AS m, ${key} AS k FROM ${slice.table} WHERE ${c.join(' AND ')}
       ORDER BY mine_id, ${key} LIMIT ${BATCH}`,
      p.values,
    );
    docs.push(...rows.map((r) => r.doc));
    if (rows.length < BATCH) return docs;
    after = [rows[rows.length - 1].m, rows[rows.length - 1].k];
  }
};
