/** Deterministic builders and histories for the hazard specs (defaults + overrides, no randomness). */
export * from './fixtures/reference';
export * from './fixtures/builders';
export * from './fixtures/commands';
export * from './fixtures/major-path.commands';
export * from './fixtures/command-table';
export * from './fixtures/events';
export * from './fixtures/major-path.events';
export * from './fixtures/general-path.events';
export * as history from './fixtures/histories';
