import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

/**
 * TypeORM over the same database as the event log, without entities or migrations: the composition root
 * (libs/platform) adds every library's. Schema only through migrations, never `synchronize`.
 */
export const plainDataSourceOptions = (url: string, idleInTransactionTimeoutMs = 10000): PostgresConnectionOptions => ({
  type: 'postgres',
  url,
  migrationsTableName: 'schema_migrations',
  synchronize: false,
  extra: { max: 10, options: `-c idle_in_transaction_session_timeout=${idleInTransactionTimeoutMs}` },
});
