import { EntityManager } from 'typeorm';
import { quoted } from './table-names';

type Kind = 'index' | 'constraint' | 'sequence';

/** A table's named parts, keyed by what they are rather than what they are called. */
export interface NamedPart {
  kind: Kind;
  name: string;
  key: string;
}

/**
 * Indexes (with the constraint each backs), constraints without an index (check, not-null) and identity
 * sequences. The index key drops the part of its definition naming the index and the table.
 */
export const namedParts = async (db: EntityManager, table: string): Promise<NamedPart[]> => {
  const rows: { kind: Kind; name: string; def: string }[] = await db.query(
    `SELECT 'index' AS kind, i.relname AS name,
            coalesce(c.contype::text, '-') || ' ' || substr(pg_get_indexdef(i.oid), strpos(pg_get_indexdef(i.oid), ' USING ')) AS def
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
       LEFT JOIN pg_constraint c ON c.conindid = i.oid AND c.conrelid = x.indrelid
      WHERE x.indrelid = $1::regclass
     UNION ALL
     SELECT 'constraint', conname, contype::text || ' ' || pg_get_constraintdef(oid)
       FROM pg_constraint WHERE conrelid = $1::regclass AND conindid = 0
     UNION ALL
     SELECT 'sequence', s.relname, a.attname
       FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
       JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
      WHERE d.refobjid = $1::regclass AND d.deptype = 'i'`,
    [table],
  );
  return rows
    .map((r) => ({ kind: r.kind, name: r.name, key: `${r.kind} ${r.def}` }))
    .sort((a, b) => a.name.localeCompare(b.name));
};

const renameSql = (table: string, part: NamedPart, to: string): string => {
  if (part.kind === 'index') return `ALTER INDEX ${quoted(part.name)} RENAME TO ${quoted(to)}`; // renames its constraint too
  if (part.kind === 'sequence') return `ALTER SEQUENCE ${quoted(part.name)} RENAME TO ${quoted(to)}`;
  return `ALTER TABLE ${quoted(table)} RENAME CONSTRAINT ${quoted(part.name)} TO ${quoted(to)}`;
};

/**
 * Gives `table`'s parts the names `before` had (LIKE generated `<t>__shadow_…` ones), so a later rebuild or
 * migration finds what it expects. Runs once the old table has released its names (releaseNames).
 */
export const restoreNames = async (db: EntityManager, table: string, before: NamedPart[]): Promise<void> => {
  const wanted = new Map<string, string[]>();
  for (const part of before) wanted.set(part.key, [...(wanted.get(part.key) ?? []), part.name]);
  for (const part of await namedParts(db, table)) {
    const name = wanted.get(part.key)?.shift();
    if (name !== undefined && name !== part.name) await db.query(renameSql(table, part, name));
  }
};

/**
 * Renames the parts of a replaced table, about to be dropped, to names of its own (`<table>_<n>`, within the
 * 63-byte identifier limit), so the new table can take the live names before the old one is gone.
 */
export const releaseNames = async (db: EntityManager, table: string): Promise<void> => {
  for (const [n, part] of (await namedParts(db, table)).entries())
    await db.query(renameSql(table, part, `${table.slice(0, 50)}_${n}`));
};

/**
 * A serial column's default copied by LIKE still calls the old table's sequence, which would be dropped with it:
 * hand the sequence to the new table first.
 */
export const adoptSerialSequences = async (db: EntityManager, from: string, to: string): Promise<void> => {
  const owned: { seq: string; col: string }[] = await db.query(
    `SELECT d.objid::regclass::text AS seq, a.attname AS col
       FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
       JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
      WHERE d.refobjid = $1::regclass AND d.deptype = 'a'`,
    [from],
  );
  for (const { seq, col } of owned) await db.query(`ALTER SEQUENCE ${seq} OWNED BY ${quoted(to)}.${quoted(col)}`);
};
