import { EntityManager } from 'typeorm';
import { bigintJson } from '../shared/sql-text';
import { Column, EntityModel, MineInfo, TemporalTables } from './entity-model';
import { UnfoldedState } from './lazy-state';
import { RowVersion, StoredEntity } from './versions';

/** The entities' state rows: docs as saved, and the rows a rebuild left unfolded (doc NULL, see lazy-state.ts). */
export const loadStored = async <State>(
  tx: EntityManager,
  t: TemporalTables,
  ids: string[],
): Promise<{ stored: Map<string, StoredEntity<State>>; unfolded: UnfoldedState[] }> => {
  const rows: { id: string; revision: string; doc: StoredEntity<State> | null }[] = await tx.query(
    `SELECT entity_id AS id, revision::text AS revision, doc FROM ${t.state} WHERE entity_id = ANY($1)`,
    [ids],
  );
  const stored = new Map<string, StoredEntity<State>>();
  const unfolded: UnfoldedState[] = [];
  for (const { id, revision, doc } of rows)
    if (doc) stored.set(id, doc);
    else unfolded.push({ id, revision });
  return { stored, unfolded };
};

export const saveStored = async (tx: EntityManager, t: TemporalTables, stored: StoredEntity<unknown>[]) => {
  if (stored.length === 0) return;
  await tx.query(
    `INSERT INTO ${t.state} (entity_id, revision, doc)
     SELECT s.doc->>'id', (s.doc->>'revision')::bigint, s.doc FROM jsonb_array_elements($1::jsonb) AS s(doc)
     ON CONFLICT (entity_id) DO UPDATE SET revision = EXCLUDED.revision, doc = EXCLUDED.doc`,
    [bigintJson(stored)],
  );
};

export const loadMines = async (
  tx: EntityManager,
  t: TemporalTables,
  ids: string[],
): Promise<Map<string, MineInfo>> => {
  const rows: { doc: MineInfo }[] = await tx.query(`SELECT doc FROM ${t.mines} WHERE mine_id = ANY($1)`, [ids]);
  return new Map(rows.map((r) => [r.doc.mineId, r.doc]));
};

export const saveMines = async (tx: EntityManager, t: TemporalTables, mines: MineInfo[]) => {
  if (mines.length === 0) return;
  await tx.query(
    `INSERT INTO ${t.mines} (mine_id, doc) SELECT m.doc->>'mineId', m.doc FROM jsonb_array_elements($1::jsonb) AS m(doc)
     ON CONFLICT (mine_id) DO UPDATE SET doc = EXCLUDED.doc`,
    [bigintJson(mines)],
  );
};

/** A version to insert: the entity, its range [from, to) (to null = open) and the row. */
export interface RangedRow<Row> {
  id: string;
  from: string;
  to: string | null;
  version: RowVersion<Row>;
}

/** Consecutive versions become ranges; a version without a row leaves a gap (the entity had no row then). */
export const toRanges = <Row>(id: string, versions: RowVersion<Row>[]): RangedRow<Row>[] =>
  versions.flatMap((version, i) =>
    version.row === undefined ? [] : [{ id, from: version.from, to: versions[i + 1]?.from ?? null, version }],
  );

const recordColumns = <Row>(columns: readonly Column<Row>[]) => columns.map((c) => `"${c.name}" ${c.type}`).join(', ');

/** Closes the open rows of the given entities at the given instants (an empty range — same instant — is removed). */
export const closeOpen = async (
  tx: EntityManager,
  table: string,
  axis: 'system_time' | 'valid_time',
  closes: { id: string; at: string }[],
  key: string,
): Promise<void> => {
  if (closes.length === 0) return;
  const ids = closes.map((c) => c.id);
  // `key = ANY(ids) AND upper_inf(...)` hits the partial unique index of open rows; a join with a record set
  // would be estimated at 100 rows and could turn into a scan of the whole history on every batch.
  await tx.query(
    `UPDATE ${table} h
        SET ${axis} = tstzrange(lower(h.${axis}),
                                greatest(lower(h.${axis}), ($2::timestamptz[])[array_position($1::text[], h.${key})]))
      WHERE h.${key} = ANY($1::text[]) AND upper_inf(h.${axis})`,
    [ids, closes.map((c) => c.at)],
  );
  await tx.query(`DELETE FROM ${table} WHERE ${key} = ANY($1) AND isempty(${axis})`, [ids]);
};

export const insertRanges = async <Row>(
  tx: EntityManager,
  table: string,
  axis: 'system_time' | 'valid_time',
  model: EntityModel<unknown, Row>,
  ranges: RangedRow<Row>[],
): Promise<void> => {
  if (ranges.length === 0) return;
  const names = model.columns.map((c) => `"${c.name}"`).join(', ');
  const records = ranges.map((r) => {
    const record: Record<string, unknown> = {
      entity_id: r.id,
      from_t: r.from,
      to_t: r.to,
      revision: r.version.revision,
      last_position: r.version.position,
    };
    for (const c of model.columns) record[c.name] = c.value(r.version.row as Row);
    return record;
  });
  // json, not jsonb: the text is read once, so jsonb's binary conversion would only add cost (measured ~35 %).
  await tx.query(
    `INSERT INTO ${table} (${model.key}, ${axis}, revision, last_position, ${names})
     SELECT r.entity_id, tstzrange(r.from_t, r.to_t), r.revision, r.last_position, ${names}
       FROM json_to_recordset($1::json) AS r(entity_id text, from_t timestamptz, to_t timestamptz, revision bigint,
            last_position bigint, ${recordColumns(model.columns)})`,
    [bigintJson(records)],
  );
};

export const deleteAll = async (tx: EntityManager, table: string, key: string, ids: string[]): Promise<void> => {
  if (ids.length > 0) await tx.query(`DELETE FROM ${table} WHERE ${key} = ANY($1)`, [ids]);
};
