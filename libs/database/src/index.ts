/** Configuration, the embedded PostgreSQL default, and the TypeORM data source with all migrations. */
export * from './config';
export * from './embedded-postgres';
export * from './data-source';
export * from './resolve-database';
export * from './platform.module';
export * from './free-port';
