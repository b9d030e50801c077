import { LeanEvent } from '../projection';

/** What the hazard read models need to know about a mine (jurisdiction scopes every hazard row). */
export interface MineInfo {
  mineId: string;
  name: string;
  jurisdiction: string;
  siteType: string;
  riskGrade: string | null;
}

export type MineLookup = (mineId: string) => MineInfo | undefined;

export type ColumnType = 'text' | 'timestamptz' | 'boolean' | 'bigint' | 'integer' | 'numeric' | 'jsonb';

/** One queryable column of a read model row: its SQL name and type, and how a row gives its value. */
export interface Column<Row> {
  name: string;
  type: ColumnType;
  value: (row: Row) => string | number | boolean | null | object;
}

export const column = <Row>(name: string, type: ColumnType, value: Column<Row>['value']): Column<Row> => ({
  name,
  type,
  value,
});

/**
 * A read model with one row per entity (a hazard) whose history is kept on both time axes.
 * `evolve` folds the model's own state (JSON, lossless); `rowOf` says what the row looks like in that state
 * (undefined: the entity has no row, e.g. a general hazard on the 双报告 board).
 */
export interface EntityModel<State, Row> {
  name: string;
  /** Live table names: <base> (system-time history), <base>_valid (valid-time history), <base>_state, <base>_mines. */
  base: string;
  /** Name of the key column (e.g. hazard_id). */
  key: string;
  columns: readonly Column<Row>[];
  /** Which entity an event is about (undefined: not this model's). */
  entityOf(event: LeanEvent): string | undefined;
  /** The stream an entity's events are in (one stream per entity, which the partitioned build relies on too). */
  streamOf(id: string): string;
  /**
   * The prefix of the entity streams this model folds (`streams.prefix(category)`); hazard streams when absent.
   * Models of other categories are built incrementally (the bulk fill knows hazard streams only).
   */
  readonly streamPrefix?: string;
  evolve(state: State | undefined, event: LeanEvent, mines: MineLookup): State | undefined;
  rowOf(state: State): Row | undefined;
  /**
   * Where a fill worker thread loads this model from, `require(module)[exportName]` (it receives no functions;
   * the engine imports no model). Without it a partitioned build runs in the calling thread.
   */
  readonly loadFrom?: ModuleExport;
}

/** A value a worker thread can load by itself: `require(module)[exportName]`. */
export interface ModuleExport {
  module: string;
  exportName: string;
}

export interface TemporalTables {
  history: string;
  valid: string;
  state: string;
  mines: string;
}

export const temporalTableNames = (base: string): TemporalTables => ({
  history: base,
  valid: `${base}_valid`,
  state: `${base}_state`,
  mines: `${base}_mines`,
});
