import { MigrationInterface, QueryRunner } from 'typeorm';

const BASES = ['hazard_ledger', 'dual_report_board', 'supervision_board'];
// The ids every index of these tables leads with, and the ledger's filter columns under its open-row indexes.
const KEYED = ['hazard_id', 'mine_id', 'jurisdiction', 'status'];

const columnsOf = (base: string): [string, string[]][] => [
  [base, KEYED],
  [`${base}_valid`, KEYED],
  [`${base}_state`, ['entity_id']],
  [`${base}_mines`, ['mine_id']],
];

const alter = (table: string, columns: string[], collation: string) =>
  `ALTER TABLE ${table} ${columns.map((c) => `ALTER COLUMN ${c} TYPE text COLLATE ${collation}`).join(', ')}`;

/**
 * Read-model keys compare byte by byte (COLLATE "C"). Under a libc locale such as C.UTF-8 or en_US every text
 * comparison calls strcoll and index sorts get no abbreviated keys: a rebuild's btree builds and open-row inserts
 * took ~1.5 s longer over 1M events (docs/performance.md). Ids and codes gain nothing from linguistic order, and
 * under C.UTF-8 (the embedded default) code-point order is what they had. Indexes on the columns are rebuilt.
 */
export class ReadModelKeysInByteOrder1764400010000 implements MigrationInterface {
  name = 'ReadModelKeysInByteOrder1764400010000';

  async up(db: QueryRunner): Promise<void> {
    for (const base of BASES)
      for (const [table, columns] of columnsOf(base)) await db.query(alter(table, columns, '"C"'));
  }

  async down(db: QueryRunner): Promise<void> {
    for (const base of BASES)
      for (const [table, columns] of columnsOf(base)) await db.query(alter(table, columns, '"default"'));
  }
}
