import { Client, ClientConfig } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { Connect } from './partition-fill';

/** The read models' database as plain pg settings, so a worker thread can open its own connections. */
export const clientConfigOf = (dataSource: DataSource): ClientConfig => {
  const o = dataSource.options as PostgresConnectionOptions;
  if (o.url) return { connectionString: o.url };
  return {
    host: o.host,
    port: o.port,
    user: o.username,
    password: typeof o.password === 'string' ? o.password : undefined,
    database: o.database,
  };
};

/** Fresh connections, closed after use: a COPY cut short by an error dies with its connection. */
export const connectWith =
  (config: ClientConfig): Connect =>
  async () => {
    const client = new Client({ ...config, application_name: 'hazard-ledger-rebuild' });
    await client.connect();
    return { client, release: () => client.end() };
  };
