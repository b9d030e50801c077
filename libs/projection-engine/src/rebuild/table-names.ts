/** Names of a rebuild's working copies; PostgreSQL truncates identifiers past 63 bytes, so refuse long ones. */
export const SHADOW_SUFFIX = '__shadow';
export const OLD_SUFFIX = '__old';

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
const MAX_IDENTIFIER = 63;

export const shadowCheckpointName = (projection: string): string => `${projection}${SHADOW_SUFFIX}`;

/**
 * Projections write their tables unquoted, so only plain lower-case names resolve the same quoted and unquoted;
 * the check also keeps a name from smuggling SQL into the DDL built from it.
 */
export const assertRebuildableTable = (table: string): void => {
  if (!IDENTIFIER.test(table) || table.length + SHADOW_SUFFIX.length > MAX_IDENTIFIER)
    throw new Error(
      `表名不可重建 / table name "${table}" cannot be rebuilt: lower-case [a-z0-9_], at most ` +
        `${MAX_IDENTIFIER - SHADOW_SUFFIX.length} characters`,
    );
};

export const quoted = (name: string): string => `"${name.replace(/"/g, '""')}"`;
