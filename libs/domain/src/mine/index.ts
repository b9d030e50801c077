/** The Mine aggregate: registration, A–D risk grade, responsible persons and production status, as events. */
export * from './mine.commands';
export * from './mine.events';
export * from './mine.state';
export * from './mine.errors';
export * from './mine.order.errors';
export * from './mine.decide';
export * from './mine.decider';
export * from './mine.access';
