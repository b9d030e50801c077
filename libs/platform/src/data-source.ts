import { DataSource } from 'typeorm';
import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { plainDataSourceOptions } from '@hazard-ledger/database';
import { CreateEventStore1764400000000, ReadHorizonExemptions1764400011000 } from '@hazard-ledger/event-store';
import { projectionEngineEntities, projectionEngineMigrations } from '@hazard-ledger/projection-engine';
import { readModelEntities, readModelMigrations } from '@hazard-ledger/read-models';
import { accessLogMigrations } from '@hazard-ledger/access-log';
import { authEntities, authMigrations } from '@hazard-ledger/auth';
import { tipVaultMigrations } from '@hazard-ledger/tip-vault';

/** Every library's migrations (TypeORM runs them in timestamp order; names and timestamps never change). */
export const allMigrations = [
  CreateEventStore1764400000000,
  ...projectionEngineMigrations,
  ...accessLogMigrations,
  ...readModelMigrations,
  ...authMigrations,
  ReadHorizonExemptions1764400011000,
  ...tipVaultMigrations,
];

export const allEntities = [...projectionEngineEntities, ...readModelEntities, ...authEntities];

/** The data source with every library's entities and migrations. */
export const dataSourceOptions = (url: string, idleInTransactionTimeoutMs = 10000): PostgresConnectionOptions => ({
  ...plainDataSourceOptions(url, idleInTransactionTimeoutMs),
  entities: allEntities,
  migrations: allMigrations,
});

export const createDataSource = (url: string, idleInTransactionTimeoutMs = 10000): DataSource =>
  new DataSource(dataSourceOptions(url, idleInTransactionTimeoutMs));

export const migrate = async (dataSource: DataSource): Promise<string[]> =>
  (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
