/** The Penalty aggregate (行政处罚, 一案双罚): targets with amounts and legal bases, payments, enforcement. */
export * from './penalty.commands';
export * from './penalty.events';
export * from './penalty.state';
export * from './penalty.errors';
export * from './penalty.decide';
export * from './penalty.decider';
export * from './penalty.access';
