import { BinaryCopyStream, ChunkSink } from '../binary-copy/binary-copy-writer';
import { Connect } from './connections';
import { ExemptTransaction } from './horizon-exemption';

export type FillTable = 'history' | 'valid' | 'state';
export const FILL_TABLES: readonly FillTable[] = ['history', 'valid', 'state'];

interface Open {
  copy: BinaryCopyStream;
  client: Awaited<ReturnType<Connect>>['client'];
  release: () => Promise<void> | void;
}

/**
 * One COPY per shadow table for the whole fill, every partition's chunks interleaved into it, in a transaction
 * that first truncates the new (empty) table, so the rows can be loaded FREEZE: written frozen with their hint bits
 * set. Loaded the ordinary way, the first scan after the load (the index builds) set those bits on every page,
 * and with data checksums each page's first hint after a checkpoint is a full-page image in the WAL — about as
 * much WAL again as the rows themselves, and a third of the index builds' time (docs/performance.md). FREEZE is
 * safe here: no one reads a shadow table before the swap.
 */
export class FrozenCopies {
  private closed?: Promise<unknown>;
  /** Where each table's chunks go, from any partition. */
  readonly sinks: Record<FillTable, ChunkSink>;

  private constructor(
    private readonly open: Record<FillTable, Open>,
    private readonly exemptions: (() => Promise<void>)[],
  ) {
    this.sinks = { history: open.history.copy, valid: open.valid.copy, state: open.state.copy };
  }

  static async begin(
    connect: Connect,
    tables: Record<FillTable, string>,
    columns: Record<FillTable, readonly string[]>,
    exempt: ExemptTransaction,
  ): Promise<FrozenCopies> {
    const opened: Partial<Record<FillTable, Open>> = {};
    const exemptions: (() => Promise<void>)[] = [];
    try {
      for (const t of FILL_TABLES) {
        const { client, release } = await connect();
        try {
          await client.query('BEGIN');
          exemptions.push(await exempt(client, `COPY ${tables[t]}`));
          await client.query(`TRUNCATE ${tables[t]}`);
        } catch (error) {
          await release();
          throw error;
        }
        opened[t] = { client, release, copy: new BinaryCopyStream(client, tables[t], columns[t], { freeze: true }) };
      }
    } catch (error) {
      await Promise.all(Object.values(opened).map(async (o) => o.release()));
      await Promise.all(exemptions.map((release) => release()));
      throw error;
    }
    return new FrozenCopies(opened as Record<FillTable, Open>, exemptions);
  }

  /** Ends each COPY and commits; the connections are closed either way. */
  async commit(): Promise<void> {
    try {
      await Promise.all(
        FILL_TABLES.map(async (t) => {
          await this.open[t].copy.end();
          await this.open[t].client.query('COMMIT');
        }),
      );
    } finally {
      await this.close();
    }
  }

  /** Closing a connection mid-COPY rolls its transaction back: nothing of the fill stays. */
  async close(): Promise<void> {
    this.closed ??= Promise.allSettled(FILL_TABLES.map(async (t) => this.open[t].release())).then(() =>
      Promise.all(this.exemptions.map((release) => release())),
    );
    await this.closed;
  }
}
