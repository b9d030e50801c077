export * from './lookback-case.commands';
export * from './lookback-case.events';
export * from './lookback-case.state';
export * from './lookback-case.errors';
export * from './lookback-case.access';
export * from './lookback-case.decider';
