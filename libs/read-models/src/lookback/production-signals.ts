import { InvalidCursor, Params } from '@hazard-ledger/projection-engine';
import { Db, iso } from './lookback-query';

/** One recorded production signal, with where it sits in the log (so a reader can verify it). */
export interface ProductionSignalItem {
  signalId: string;
  mineId: string;
  source: string;
  producing: boolean;
  observedAt: string;
  period: { from: string; to: string } | null;
  value: number | null;
  unit: string | null;
  reference: string | null;
  note: string | null;
  recordedBy: { id: string; name: string; role: string };
  recordedAt: string;
  streamId: string;
  position: string;
  hash: string;
}

/**
 * A mine's production signals as the look-back facts hold them (every signal is one immutable event, so the facts
 * are the list): recorded by `asOf` (system time) or observed by `validAt` (valid time), in log order, keyset-paged.
 */
export const listProductionSignals = async (
  db: Db,
  q: { mineId: string; asOf?: string; validAt?: string; limit: number; cursor?: string },
): Promise<{ items: ProductionSignalItem[]; nextCursor: string | null }> => {
  if (q.cursor !== undefined && !/^\d{1,19}$/.test(q.cursor)) throw new InvalidCursor();
  const p = new Params();
  const c = [`f.category = 'production-signal'`, `f.event_type = 'ProductionSignalRecorded'`];
  c.push(`f.mine_id = ${p.add(q.mineId)}`);
  if (q.asOf) c.push(`f.recorded_at <= ${p.add(q.asOf)}::timestamptz`);
  if (q.validAt) c.push(`f.occurred_at <= ${p.add(q.validAt)}::timestamptz`);
  if (q.cursor) c.push(`f.position > ${p.add(q.cursor)}::bigint`);
  const rows: (Omit<ProductionSignalItem, 'recordedAt'> & { recordedAt: string })[] = await db.query(
    `SELECT f.data->>'signalId' AS "signalId", f.mine_id AS "mineId", f.data->>'source' AS source,
            (f.data->>'producing')::boolean AS producing, f.data->>'observedAt' AS "observedAt",
            f.data->'period' AS period, (f.data->>'value')::float8 AS value, f.data->>'unit' AS unit,
            f.data->>'reference' AS reference, f.data->>'note' AS note, f.data->'recordedBy' AS "recordedBy",
            ${iso('f.recorded_at')} AS "recordedAt", f.stream_id AS "streamId", f.position::text AS position, f.hash
       FROM lookback_facts f WHERE ${c.join(' AND ')} ORDER BY f.position LIMIT ${p.add(q.limit + 1)}`,
    p.values,
  );
  const items = rows.slice(0, q.limit).map((r) => ({ ...r, period: r.period ?? null }));
  return { items, nextCursor: rows.length > q.limit ? (items.at(-1)?.position ?? null) : null };
};
