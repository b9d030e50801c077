import { PostgresEventStore } from '@hazard-ledger/event-store';
import { DataSource } from 'typeorm';
import { Dataset } from './dataset';

/** What every measurement gets, on a database that holds the loaded dataset (and nothing else). */
export interface ProjectionsBenchContext {
  databaseUrl: string;
  /** Initialised TypeORM data source with every migration applied (read-model tables exist, empty). */
  dataSource: DataSource;
  /** sm3 adapter over the same database. */
  store: PostgresEventStore;
  /** The generated dataset: stream list, intended statuses, the long hazard. */
  dataset: Dataset;
}

/**
 * One measurement: runs on the loaded database and returns its figures, which are merged, in list order, into
 * the bench's final JSON line (keys in snake_case with a unit suffix: `_ms`, `_s`, `_eps`).
 */
export type ProjectionsMeasurement = (ctx: ProjectionsBenchContext) => Promise<Record<string, number>>;
