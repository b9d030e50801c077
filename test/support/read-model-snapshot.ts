import { DataSource } from 'typeorm';
import { LogPosition, START, comparePositions } from '@hazard-ledger/domain';
import { EventStore } from '@hazard-ledger/event-store';
import { ProjectionDefinition, advanceCheckpoint, readCheckpoint, shadowTables } from '@hazard-ledger/read-models';

/** A digest of every row of a table (row text, sorted), so two builds compare row for row. */
export const tableHash = async (ds: DataSource, table: string): Promise<{ rows: number; md5: string }> => {
  const [r] = await ds.query(
    `SELECT count(*)::int AS rows, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS md5 FROM ${table} t`,
  );
  return r;
};

export const hashesOf = async (ds: DataSource, tables: readonly string[]) =>
  Object.fromEntries(await Promise.all(tables.map(async (t) => [t.replace(/__shadow$/, ''), await tableHash(ds, t)])));

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
