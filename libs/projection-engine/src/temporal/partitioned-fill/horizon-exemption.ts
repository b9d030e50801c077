import { ClientBase } from 'pg';
import { StreamOrderedReader } from '../../projection';

/** Exempts the transaction open on `client` from the log's read horizon; returns its release, which never throws. */
export type ExemptTransaction = (client: Pick<ClientBase, 'query'>, what: string) => Promise<() => Promise<void>>;

/**
 * A rebuild's long transactions (the frozen COPYs, the index builds) write read-model tables only, so the live
 * projections need not wait behind them at the read horizon; without this they stood still until the fill committed
 * (docs/performance.md). Called first thing in the transaction, before it writes anything. A no-op for feeds without
 * a read horizon.
 */
export const exemptionVia = (reader: StreamOrderedReader | undefined): ExemptTransaction => {
  if (!reader?.exemptFromHorizon) return async () => async () => undefined;
  const exempt = reader.exemptFromHorizon.bind(reader);
  return async (client, what) => {
    const { rows } = await client.query<{ xid: string }>(`SELECT pg_current_xact_id()::text AS xid`);
    const release = await exempt(rows[0].xid, `重建 / rebuild: ${what}`);
    // A row left behind (connection lost) is harmless and cleared by the next registration.
    return () => release().catch(() => undefined);
  };
};
