/** Test-only helpers: the PostgreSQL test harness, given/when/then specifications, event builders. */
export * from './postgres/test-database';
export * from './decider-specification';
export * from './events';
export * from './wait-for';
export * from './processes';
export { freePort } from '@hazard-ledger/database';
export * from './suite-env';
export * from './recorded-as';
