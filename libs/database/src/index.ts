/** Plain database helpers: configuration, the embedded PostgreSQL default, plain TypeORM options. Imports no library of ours. */
export * from './config';
export * from './embedded-postgres';
export * from './data-source-options';
export * from './resolve-database';
export * from './free-port';
export * from './server-memory';
