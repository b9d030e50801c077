import { LogPosition, START } from '@hazard-ledger/domain';
import { EntityManager } from 'typeorm';

export class CheckpointMoved extends Error {
  override readonly name = 'CheckpointMoved';
}

export const readCheckpoint = async (db: EntityManager, name: string): Promise<LogPosition> => {
  const rows: { c: string; p: string }[] = await db.query(
    `SELECT commit_position::text AS c, prepare_position::text AS p FROM projection_checkpoints WHERE name = $1`,
    [name],
  );
  return rows[0] ? { commit: BigInt(rows[0].c), prepare: BigInt(rows[0].p) } : START;
};

/**
 * Compare-and-set: moves the checkpoint only from where this runner read it, so a second runner that lost
 * its lock cannot apply the same batch twice — its transaction fails and rolls back the rows with it.
 */
export const advanceCheckpoint = async (
  tx: EntityManager,
  name: string,
  from: LogPosition,
  to: LogPosition,
  applied: number,
): Promise<void> => {
  const moved: unknown[] = await tx.query(
    `INSERT INTO projection_checkpoints AS c (name, commit_position, prepare_position, events_applied, updated_at)
     VALUES ($1, $4, $5, $6, clock_timestamp())
     ON CONFLICT (name) DO UPDATE SET commit_position = $4, prepare_position = $5,
       events_applied = c.events_applied + $6, updated_at = clock_timestamp()
     WHERE c.commit_position = $2 AND c.prepare_position = $3
     RETURNING name`,
    [name, from.commit.toString(), from.prepare.toString(), to.commit.toString(), to.prepare.toString(), applied],
  );
  if (moved.length !== 1) throw new CheckpointMoved(`Checkpoint of ${name} moved under this runner`);
};
