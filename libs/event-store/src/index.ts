/** The event store port, its adapters (PostgreSQL, KurrentDB), the hash chain and the contract suite's types. */
export * from './event-store.port';
export * from './errors';
export * from './integrity/canonical-json';
export * from './integrity/hash-chain';
export * from './postgres/postgres-event-store';
export * from './postgres/verify-chain';
export * from './postgres/migrations/1764400000000-create-event-store';
export * from './postgres/migrations/1764400011000-read-horizon-exemptions';
export * from './kurrentdb/kurrentdb-event-store';
export * from './create-event-store';
export * from './verify-log';
export * from './event-batches';
export * from './handle-command';
export * from './postgres/stream-ordered-reader';
export * from './postgres/settled-now';
export * from './legacy-import';
