import { LogPosition } from '@hazard-ledger/domain';
import { DataSource, EntityManager } from 'typeorm';
import { ProjectionDefinition } from '../projection';
import { NamedPart, adoptSerialSequences, namedParts, releaseNames, restoreNames } from './object-names';
import { ShadowWriter, catchUpWithin } from './shadow-batches';
import { OLD_SUFFIX, SHADOW_SUFFIX, quoted } from './table-names';

export interface SwapRequest {
  dataSource: DataSource;
  definition: ProjectionDefinition;
  writer: ShadowWriter;
  /** The shadow checkpoint the fill committed. */
  from: LogPosition;
  lockTimeoutMs: number;
}

const moveCheckpoint = async (tx: EntityManager, live: string, shadow: string): Promise<void> => {
  await tx.query(
    `INSERT INTO projection_checkpoints AS c (name, commit_position, prepare_position, events_applied, updated_at)
     SELECT $1, commit_position, prepare_position, events_applied, clock_timestamp()
       FROM projection_checkpoints WHERE name = $2
     ON CONFLICT (name) DO UPDATE SET commit_position = EXCLUDED.commit_position,
       prepare_position = EXCLUDED.prepare_position, events_applied = EXCLUDED.events_applied,
       updated_at = EXCLUDED.updated_at`,
    [live, shadow],
  );
  await tx.query(`DELETE FROM projection_checkpoints WHERE name = $1`, [shadow]);
};

/**
 * One transaction: lock the live tables, catch the shadow up to the head, rename it in (autovacuum on again), move
 * its checkpoint to the live key, move the old tables' index and constraint names out of the way and give the new
 * tables the live names. Readers see the old tables until commit and the new ones after (PostgreSQL looks a name up
 * again after waiting for its lock). The old tables are dropped afterwards (`dropOld`), outside the locks: removing
 * a million-row table's files at commit took ~2 s, during which every reader of the ledger would wait.
 */
export const swapIn = (r: SwapRequest): Promise<{ checkpoint: LogPosition; applied: number }> =>
  r.dataSource.transaction(async (tx) => {
    const tables = r.definition.tables;
    await tx.query(`SET LOCAL lock_timeout = ${Math.max(1, Math.floor(r.lockTimeoutMs))}`);
    // First, before the checkpoint row: waits for the live runner's batch in flight and blocks its next one.
    // The other order (row, then tables) deadlocks with a runner holding the tables and wanting the row.
    await tx.query(`LOCK TABLE ${tables.map(quoted).join(', ')} IN ACCESS EXCLUSIVE MODE`);
    const caughtUp = await catchUpWithin(tx, r.writer, r.from);
    const names = new Map<string, NamedPart[]>();
    for (const table of tables) names.set(table, await namedParts(tx, table));
    for (const table of tables) {
      await tx.query(`ALTER TABLE ${quoted(table)} RENAME TO ${quoted(`${table}${OLD_SUFFIX}`)}`);
      await tx.query(`ALTER TABLE ${quoted(`${table}${SHADOW_SUFFIX}`)} RENAME TO ${quoted(table)}`);
      await tx.query(`ALTER TABLE ${quoted(table)} RESET (autovacuum_enabled)`);
    }
    await moveCheckpoint(tx, r.definition.name, r.writer.checkpointName);
    for (const table of tables) {
      const old = `${table}${OLD_SUFFIX}`;
      await adoptSerialSequences(tx, old, table);
      await releaseNames(tx, old);
      await restoreNames(tx, table, names.get(table) ?? []);
    }
    return caughtUp;
  });

/** Drops the tables a swap replaced (also left behind by a crash between swap and drop: prepareShadow drops those). */
export const dropOld = (dataSource: DataSource, definition: ProjectionDefinition): Promise<void> =>
  dataSource.transaction(async (tx) => {
    for (const table of definition.tables) await tx.query(`DROP TABLE IF EXISTS ${quoted(`${table}${OLD_SUFFIX}`)}`);
  });

/** Lock waits that end in a timeout or a deadlock roll the swap back whole; it can simply be tried again. */
export const isLockConflict = (error: unknown): boolean => {
  const e = error as { code?: string; driverError?: { code?: string } } | undefined;
  return ['55P03', '40P01'].includes(e?.code ?? e?.driverError?.code ?? '');
};
