import { RecordedEvent } from '@hazard-ledger/domain';
import { Column, Projection, ProjectionDefinition, TableNamer, bigintJson } from '@hazard-ledger/projection-engine';
import { EntityManager } from 'typeorm';

/** An event as a fact-history model keeps it: enough to fold it again on either time axis. */
export interface Fact {
  position: string;
  recordedAt: string;
  occurredAt: string;
  streamId: string;
  type: string;
  data: Record<string, unknown>;
}

/**
 * A small temporal read model whose entities see few events (a mine's orders, a mine's year of inspections): each
 * entity keeps its facts, and every change rewrites the entity's rows on both axes from them. A late entry (an
 * inspection recorded after the fact) therefore lands in the right place of valid time, not only at its end.
 */
export interface FactModel<Row> {
  name: string;
  base: string;
  key: string;
  streamPrefixes: string[];
  columns: readonly Column<Row>[];
  /** The entities an event is a fact of (none: not this model's). */
  entitiesOf(event: RecordedEvent): string[];
  /** The row after these facts, in the order given (undefined: the entity has no row then). */
  rowOf(id: string, facts: readonly Fact[]): Row | undefined;
  /** When the fact happened, if the event says it better than its metadata (an inspection's startedAt). */
  validTimeOf?(event: RecordedEvent): string | undefined;
}

/** What the models' rows are scoped by (read scope: mine and jurisdiction), kept from the mines' registrations. */
export interface FactMine {
  mineId: string;
  name: string;
  jurisdiction: string;
}

export const factOf = <Row>(model: FactModel<Row>, e: RecordedEvent): Fact => ({
  position: e.position.toString(),
  recordedAt: e.recordedAt,
  occurredAt: model.validTimeOf?.(e) ?? e.metadata.occurredAt ?? e.recordedAt,
  streamId: e.streamId,
  type: e.type,
  data: e.data as Record<string, unknown>,
});

const byPosition = (a: Fact, b: Fact) => (BigInt(a.position) < BigInt(b.position) ? -1 : 1);
const byValidTime = (a: Fact, b: Fact) => a.occurredAt.localeCompare(b.occurredAt) || byPosition(a, b);

interface Ranged<Row> {
  from: string;
  to: string | null;
  revision: number;
  position: string;
  row: Row;
}

/** Versions on one axis: fold the first i facts for each i; a version lasts until the next one starts. */
export const rangesOf = <Row>(
  model: Pick<FactModel<Row>, 'rowOf'>,
  id: string,
  facts: readonly Fact[],
  at: (f: Fact) => string,
): Ranged<Row>[] =>
  facts.flatMap((fact, i) => {
    const row = model.rowOf(id, facts.slice(0, i + 1));
    const to = facts[i + 1] ? at(facts[i + 1]) : null;
    if (row === undefined || (to !== null && to <= at(fact))) return [];
    return [{ from: at(fact), to, revision: i, position: fact.position, row }];
  });

// One statement per table and batch: the rows of every entity the batch touched, as one record set.
const insert = async <Row>(
  tx: EntityManager,
  model: FactModel<Row>,
  table: string,
  axis: string,
  ranges: (Ranged<Row> & { id: string })[],
) => {
  if (ranges.length === 0) return;
  const names = model.columns.map((c) => `"${c.name}"`).join(', ');
  const types = model.columns.map((c) => `"${c.name}" ${c.type}`).join(', ');
  const records = ranges.map((r) => ({
    ...Object.fromEntries(model.columns.map((c) => [c.name, c.value(r.row)])),
    entity_id: r.id,
    from_t: r.from,
    to_t: r.to,
    revision: r.revision,
    last_position: r.position,
  }));
  await tx.query(
    `INSERT INTO ${table} (${model.key}, ${axis}, revision, last_position, ${names})
     SELECT r.entity_id, tstzrange(r.from_t, r.to_t), r.revision, r.last_position, ${names}
       FROM json_to_recordset($1::json) AS r(entity_id text, from_t timestamptz, to_t timestamptz, revision bigint,
            last_position bigint, ${types})`,
    [bigintJson(records)],
  );
};

const saveMines = async (tx: EntityManager, table: string, events: readonly RecordedEvent[]) => {
  const mines = events
    .filter((e) => e.type === 'MineRegistered')
    .map((e) => {
      const { mineId, name, jurisdiction } = e.data as unknown as FactMine;
      return { mineId, name, jurisdiction };
    });
  if (mines.length === 0) return;
  await tx.query(
    `INSERT INTO ${table} (mine_id, doc) SELECT m.doc->>'mineId', m.doc FROM jsonb_array_elements($1::jsonb) AS m(doc)
     ON CONFLICT (mine_id) DO UPDATE SET doc = EXCLUDED.doc`,
    [JSON.stringify(mines)],
  );
};

// A redelivered event is the same fact (same log position): kept once.
const merged = (known: readonly Fact[], added: readonly Fact[]): Fact[] =>
  [...new Map([...known, ...added].map((f) => [f.position, f])).values()].sort(byPosition);

/** Every touched entity's rows on both axes, from all its facts. */
const rewrite = <Row>(model: FactModel<Row>, incoming: Map<string, Fact[]>, known: Map<string, Fact[]>) => {
  const system: (Ranged<Row> & { id: string })[] = [];
  const validRows: (Ranged<Row> & { id: string })[] = [];
  const docs: { id: string; revision: number; facts: Fact[] }[] = [];
  for (const [id, added] of incoming) {
    const facts = merged(known.get(id) ?? [], added);
    system.push(...rangesOf(model, id, facts, (f) => f.recordedAt).map((r) => ({ ...r, id })));
    const byValid = [...facts].sort(byValidTime);
    validRows.push(...rangesOf(model, id, byValid, (f) => f.occurredAt).map((r) => ({ ...r, id })));
    docs.push({ id, revision: facts.length, facts });
  }
  return { system, validRows, docs };
};

async function applyBatch<Row>(
  model: FactModel<Row>,
  table: TableNamer,
  events: readonly RecordedEvent[],
  tx: EntityManager,
) {
  await saveMines(tx, table(`${model.base}_mines`), events);
  const incoming = new Map<string, Fact[]>();
  for (const e of events)
    for (const id of model.entitiesOf(e)) incoming.set(id, [...(incoming.get(id) ?? []), factOf(model, e)]);
  if (incoming.size === 0) return;
  const [history, valid, state] = [table(model.base), table(`${model.base}_valid`), table(`${model.base}_state`)];
  const ids = [...incoming.keys()];
  const stored: { id: string; doc: { facts: Fact[] } }[] = await tx.query(
    `SELECT entity_id AS id, doc FROM ${state} WHERE entity_id = ANY($1)`,
    [ids],
  );
  const known = new Map(stored.map((s) => [s.id, s.doc.facts]));
  await tx.query(`DELETE FROM ${history} WHERE ${model.key} = ANY($1)`, [ids]);
  await tx.query(`DELETE FROM ${valid} WHERE ${model.key} = ANY($1)`, [ids]);
  const { system, validRows, docs } = rewrite(model, incoming, known);
  await insert(tx, model, history, 'system_time', system);
  await insert(tx, model, valid, 'valid_time', validRows);
  await tx.query(
    `INSERT INTO ${state} (entity_id, revision, doc)
     SELECT d.doc->>'id', (d.doc->>'revision')::bigint, d.doc FROM jsonb_array_elements($1::jsonb) AS d(doc)
     ON CONFLICT (entity_id) DO UPDATE SET revision = EXCLUDED.revision, doc = EXCLUDED.doc`,
    [JSON.stringify(docs)],
  );
}

/** The projection of a fact model: tables <base>, <base>_valid, <base>_state (see the migration). */
export const factProjection = <Row>(model: FactModel<Row>): ProjectionDefinition => ({
  name: model.name,
  tables: [model.base, `${model.base}_valid`, `${model.base}_state`, `${model.base}_mines`],
  streamPrefixes: model.streamPrefixes,
  create: (table: TableNamer): Projection => ({
    name: model.name,
    streamPrefixes: model.streamPrefixes,
    apply: (events, tx) => applyBatch(model, table, events, tx),
  }),
});
