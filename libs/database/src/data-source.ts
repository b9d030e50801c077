import { CreateEventStore1764400000000, ReadHorizonExemptions1764400011000 } from '@hazard-ledger/event-store';
import { projectionEngineEntities, projectionEngineMigrations } from '@hazard-ledger/projection-engine';
import { readModelEntities, readModelMigrations } from '@hazard-ledger/read-models';
import { accessLogMigrations } from '@hazard-ledger/access-log';
import { authEntities, authMigrations } from '@hazard-ledger/auth';
import { DataSource } from 'typeorm';
import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

/** TypeORM over the same database as the event log; schema only through migrations, never `synchronize`. */
export const dataSourceOptions = (url: string, idleInTransactionTimeoutMs = 10000): PostgresConnectionOptions => ({
  type: 'postgres',
  url,
  entities: [...projectionEngineEntities, ...readModelEntities, ...authEntities],
  migrations: [
    CreateEventStore1764400000000,
    ...projectionEngineMigrations,
    ...accessLogMigrations,
    ...readModelMigrations,
    ...authMigrations,
    ReadHorizonExemptions1764400011000,
  ],
  migrationsTableName: 'schema_migrations',
  synchronize: false,
  extra: { max: 10, options: `-c idle_in_transaction_session_timeout=${idleInTransactionTimeoutMs}` },
});

export const createDataSource = (url: string, idleInTransactionTimeoutMs = 10000): DataSource =>
  new DataSource(dataSourceOptions(url, idleInTransactionTimeoutMs));

export const migrate = async (dataSource: DataSource): Promise<string[]> =>
  (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
