import { Client, ClientBase, ClientConfig } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

/** A connection of its own for one COPY (a connection runs one COPY at a time). */
export type Connect = () => Promise<{ client: Pick<ClientBase, 'query'>; release: () => Promise<void> | void }>;

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
