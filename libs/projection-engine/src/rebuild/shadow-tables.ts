import { DataSource, EntityManager } from 'typeorm';
import { ProjectionDefinition } from '../projection';
import { OLD_SUFFIX, SHADOW_SUFFIX, quoted, shadowCheckpointName } from './table-names';

interface CopyCheck {
  found: boolean;
  fks: string | null;
  triggers: string | null;
  views: string | null;
}

/**
 * `LIKE … INCLUDING ALL` copies columns, defaults, constraints and indexes but not foreign keys or triggers, and
 * views would keep pointing at the old table: refuse those up front rather than lose them in the swap.
 */
const assertCopyable = async (db: EntityManager, table: string): Promise<void> => {
  const [row]: CopyCheck[] = await db.query(
    `SELECT to_regclass($1) IS NOT NULL AS found,
            (SELECT string_agg(conname, ', ') FROM pg_constraint
              WHERE contype = 'f' AND to_regclass($1) IN (conrelid, confrelid)) AS fks,
            (SELECT string_agg(tgname, ', ') FROM pg_trigger
              WHERE tgrelid = to_regclass($1) AND NOT tgisinternal) AS triggers,
            (SELECT string_agg(DISTINCT r.ev_class::regclass::text, ', ') FROM pg_depend d
               JOIN pg_rewrite r ON r.oid = d.objid
              WHERE d.refobjid = to_regclass($1) AND r.ev_class <> d.refobjid) AS views`,
    [table],
  );
  if (!row.found) throw new Error(`读模型表不存在 / table ${table} does not exist (migrations not applied?)`);
  const blockers = [
    row.fks && `foreign keys ${row.fks}`,
    row.triggers && `triggers ${row.triggers}`,
    row.views && `views ${row.views}`,
  ].filter(Boolean);
  if (blockers.length > 0)
    throw new Error(`无法影子重建 / table ${table} cannot be rebuilt in a shadow copy: ${blockers.join('; ')}`);
};

// Table privileges are not part of LIKE: copy them so roles reading the live table can read its replacement.
const copyGrants = async (db: EntityManager, from: string, to: string): Promise<void> => {
  const grants: { grantee: string; privilege: string; grantable: boolean }[] = await db.query(
    `SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END AS grantee,
            a.privilege_type AS privilege, a.is_grantable AS grantable
       FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee
      WHERE c.oid = to_regclass($1) AND a.grantee <> (SELECT oid FROM pg_roles WHERE rolname = current_user)`,
    [from],
  );
  for (const g of grants)
    await db.query(`GRANT ${g.privilege} ON ${quoted(to)} TO ${g.grantee}${g.grantable ? ' WITH GRANT OPTION' : ''}`);
};

/** Empty copies of the live tables (dropping any a crashed rebuild left behind), the shadow checkpoint at START. */
export const prepareShadow = (dataSource: DataSource, definition: ProjectionDefinition): Promise<void> =>
  dataSource.transaction(async (tx) => {
    for (const table of definition.tables) {
      await assertCopyable(tx, table);
      const shadow = `${table}${SHADOW_SUFFIX}`;
      await tx.query(`DROP TABLE IF EXISTS ${quoted(shadow)}, ${quoted(`${table}${OLD_SUFFIX}`)}`);
      // No autovacuum while it fills: the rebuild analyses it itself, and a vacuum racing the load only costs CPU
      // and makes the index builds wait for it. The swap turns it back on.
      await tx.query(
        `CREATE TABLE ${quoted(shadow)} (LIKE ${quoted(table)} INCLUDING ALL) WITH (autovacuum_enabled = false)`,
      );
      await copyGrants(tx, table, shadow);
    }
    // A row at START from the outset, so the swap always has a checkpoint to move (even for an empty log).
    await tx.query(
      `INSERT INTO projection_checkpoints (name, commit_position, prepare_position, events_applied, updated_at)
       VALUES ($1, -1, -1, 0, clock_timestamp())
       ON CONFLICT (name) DO UPDATE SET commit_position = -1, prepare_position = -1, events_applied = 0,
         updated_at = clock_timestamp()`,
      [shadowCheckpointName(definition.name)],
    );
  });

/** Undoes `prepareShadow` and the fill; the live tables and checkpoint are never touched. */
export const dropShadow = (dataSource: DataSource, definition: ProjectionDefinition): Promise<void> =>
  dataSource.transaction(async (tx) => {
    for (const table of definition.tables) await tx.query(`DROP TABLE IF EXISTS ${quoted(`${table}${SHADOW_SUFFIX}`)}`);
    await tx.query(`DELETE FROM projection_checkpoints WHERE name = $1`, [shadowCheckpointName(definition.name)]);
  });

/** Fresh planner statistics before the copy goes live (its first queries would otherwise plan blind); tables in parallel. */
export const analyzeShadow = async (dataSource: DataSource, definition: ProjectionDefinition): Promise<void> => {
  await Promise.all(definition.tables.map((t) => dataSource.query(`ANALYZE ${quoted(`${t}${SHADOW_SUFFIX}`)}`)));
};
