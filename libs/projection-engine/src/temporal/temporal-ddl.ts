/**
 * DDL of a temporal read model (used by migrations, which pass their own literal column list so a later change
 * of the model never rewrites an applied migration): system-time history with one open row per entity, valid-time
 * history, the fold state and the mine facts. Both ranges get a GiST index so "as it stood at T" is one scan.
 */
export const temporalDdl = (base: string, key: string, columns: string): string[] => [
  `CREATE TABLE ${base} (
     ${key} text NOT NULL, system_time tstzrange NOT NULL, revision bigint NOT NULL, last_position bigint NOT NULL,
     ${columns})`,
  `CREATE INDEX ${base}_system_time ON ${base} USING gist (system_time)`,
  `CREATE UNIQUE INDEX ${base}_open ON ${base} (${key}) WHERE upper_inf(system_time)`,
  `CREATE INDEX ${base}_versions ON ${base} (${key}, lower(system_time))`,
  `CREATE TABLE ${base}_valid (
     ${key} text NOT NULL, valid_time tstzrange NOT NULL, revision bigint NOT NULL, last_position bigint NOT NULL,
     ${columns})`,
  `CREATE INDEX ${base}_valid_time ON ${base}_valid USING gist (valid_time)`,
  `CREATE INDEX ${base}_valid_versions ON ${base}_valid (${key}, lower(valid_time))`,
  `CREATE TABLE ${base}_state (entity_id text PRIMARY KEY, revision bigint NOT NULL, doc jsonb NOT NULL)`,
  `CREATE TABLE ${base}_mines (mine_id text PRIMARY KEY, doc jsonb NOT NULL)`,
];

export const dropTemporal = (base: string): string[] =>
  [`${base}_mines`, `${base}_state`, `${base}_valid`, base].map((t) => `DROP TABLE ${t}`);
