/**
 * DDL of a fact-history read model (migrations pass their literal column list): system-time and valid-time
 * history (GiST on both ranges, one open row per entity), the entity's facts, and the mines' scope facts.
 */
export const factModelDdl = (base: string, key: string, columns: string): string[] => [
  `CREATE TABLE ${base} (
     ${key} text NOT NULL, system_time tstzrange NOT NULL, revision bigint NOT NULL, last_position bigint NOT NULL,
     ${columns})`,
  `CREATE INDEX ${base}_system_time ON ${base} USING gist (system_time)`,
  `CREATE INDEX ${base}_versions ON ${base} (${key}, lower(system_time))`,
  `CREATE TABLE ${base}_valid (
     ${key} text NOT NULL, valid_time tstzrange NOT NULL, revision bigint NOT NULL, last_position bigint NOT NULL,
     ${columns})`,
  `CREATE INDEX ${base}_valid_time ON ${base}_valid USING gist (valid_time)`,
  `CREATE INDEX ${base}_valid_versions ON ${base}_valid (${key}, lower(valid_time))`,
  `CREATE TABLE ${base}_state (entity_id text PRIMARY KEY, revision bigint NOT NULL, doc jsonb NOT NULL)`,
  `CREATE TABLE ${base}_mines (mine_id text PRIMARY KEY, doc jsonb NOT NULL)`,
];

export const dropFactModel = (base: string): string[] =>
  [`${base}_mines`, `${base}_state`, `${base}_valid`, base].map((t) => `DROP TABLE ${t}`);
