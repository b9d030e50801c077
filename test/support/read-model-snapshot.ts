import { DataSource } from 'typeorm';
import { LogPosition, START, comparePositions } from '@hazard-ledger/domain';
import { EventStore } from '@hazard-ledger/event-store';
import { HORIZON_WAIT_MS, waitFor } from '@hazard-ledger/testing';
import { temporalModels } from '@hazard-ledger/read-models';
import {
  EventFeed,
  MineInfo,
  ProjectionDefinition,
  UnfoldedState,
  advanceCheckpoint,
  readCheckpoint,
  restoreStored,
  shadowTables,
} from '@hazard-ledger/projection-engine';

/** A digest of every row of a table (row text, sorted), so two builds compare row for row. */
export const tableHash = async (
  ds: DataSource,
  table: string,
  feed?: Pick<EventFeed, 'readStream'>,
): Promise<{ rows: number; md5: string }> => {
  const restored = await restoredDocs(ds, table, feed);
  // A state row a rebuild left unfolded counts with the doc the projection restores for it (lazy-state.ts).
  const rows = restored
    ? `(SELECT s.entity_id, s.revision, coalesce(s.doc, r.doc) AS doc FROM ${table} s
          LEFT JOIN jsonb_to_recordset($1::jsonb) AS r(entity_id text, doc jsonb) USING (entity_id))`
    : table;
  const [r] = await ds.query(
    `SELECT count(*)::int AS rows, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS md5 FROM ${rows} t`,
    restored ? [JSON.stringify(restored)] : [],
  );
  return r;
};

/** For a temporal model's state table with unfolded rows: their docs, restored by the projection's own code. */
const restoredDocs = async (ds: DataSource, table: string, feed?: Pick<EventFeed, 'readStream'>) => {
  const [, base, suffix = ''] = /^(\w+?)_state(__\w+)?$/.exec(table) ?? [];
  const model = Object.values(temporalModels).find((m) => m.base === base);
  if (!model) return undefined;
  const unfolded: UnfoldedState[] = await ds.query(
    `SELECT entity_id AS id, revision::text AS revision FROM ${table} WHERE doc IS NULL`,
  );
  if (unfolded.length === 0) return undefined;
  if (!feed) throw new Error(`${table} has state rows left unfolded by a rebuild: pass a feed to compare them`);
  const loadMines = async (ids: string[]) => {
    const rows: { doc: MineInfo }[] = await ds.query(`SELECT doc FROM ${base}_mines${suffix} WHERE mine_id = ANY($1)`, [
      ids,
    ]);
    return new Map(rows.map((r) => [r.doc.mineId, r.doc]));
  };
  const docs = await restoreStored(model, feed, loadMines, unfolded);
  return docs.map((doc) => ({ entity_id: doc.id, doc }));
};

/**
 * Waits until every given projection's checkpoint has reached `until`. The live runner applies each projection on
 * its own, so an API read that waited for one (e.g. `minPosition` on the ledger) says nothing about the others.
 */
export const caughtUp = async (
  ds: DataSource,
  definitions: readonly ProjectionDefinition[],
  until: LogPosition,
  timeoutMs = HORIZON_WAIT_MS,
) => {
  await waitFor(async () => {
    const checkpoints = await Promise.all(definitions.map((d) => readCheckpoint(ds.manager, d.name)));
    return checkpoints.every((c) => comparePositions(c, until) >= 0);
  }, timeoutMs);
};

export const hashesOf = async (ds: DataSource, tables: readonly string[], feed?: Pick<EventFeed, 'readStream'>) =>
  Object.fromEntries(
    await Promise.all(tables.map(async (t) => [t.replace(/__shadow$/, ''), await tableHash(ds, t, feed)])),
  );

/**
 * Builds a read model from zero into `<table>__shadow` copies, with its own batch size, independently of the
 * runner that built the live tables; stops at `until`.
 */
export const buildFromScratch = async (
  ds: DataSource,
  store: EventStore,
  definition: ProjectionDefinition,
  until: LogPosition,
  batchSize = 97,
): Promise<string[]> => {
  const shadows = definition.tables.map(shadowTables);
  for (const [i, live] of definition.tables.entries()) {
    await ds.query(`DROP TABLE IF EXISTS ${shadows[i]}`);
    await ds.query(`CREATE TABLE ${shadows[i]} (LIKE ${live} INCLUDING ALL)`);
  }
  const projection = definition.create(shadowTables, store);
  const key = `${definition.name}__scratch`;
  // From zero every time: an earlier build's checkpoint would make this one skip what that one applied.
  await ds.query(`DELETE FROM projection_checkpoints WHERE name = $1`, [key]);
  let from: LogPosition = await readCheckpoint(ds.manager, key);
  while (comparePositions(from, until) < 0) {
    const batch = await store.readAll({ from, limit: batchSize, streamPrefixes: definition.streamPrefixes });
    if (comparePositions(batch.checkpoint, from) <= 0) break;
    await ds.transaction(async (tx) => {
      await projection.apply(batch.events, tx);
      await advanceCheckpoint(tx, key, from, batch.checkpoint, batch.events.length);
    });
    from = batch.checkpoint;
  }
  return shadows;
};

export { START };
