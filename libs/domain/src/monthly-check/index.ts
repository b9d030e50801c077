/** 每月重大事故隐患排查 (notice 十二): one mine's monthly major-hazard check, led and signed by its 主要负责人. */
export * from './monthly-check.values';
export * from './monthly-check.commands';
export * from './monthly-check.events';
export * from './monthly-check.state';
export * from './monthly-check.errors';
export * from './monthly-check.decide';
export * from './monthly-check.decider';
export * from './monthly-check.access';
