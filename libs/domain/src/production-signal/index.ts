/** 生产迹象: a regulator's record that monitoring, power, positioning or output data showed a mine producing (LB-17). */
export * from './production-signal.commands';
export * from './production-signal.events';
export * from './production-signal.state';
export * from './production-signal.errors';
export * from './production-signal.decide';
export * from './production-signal.decider';
export * from './production-signal.access';
