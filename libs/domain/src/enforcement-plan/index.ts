/** The annual enforcement plan (年度执法计划): mines, frequency per A–D grade, the cap, approval or filing. */
export * from './enforcement-plan.commands';
export * from './enforcement-plan.events';
export * from './enforcement-plan.state';
export * from './enforcement-plan.errors';
export * from './enforcement-plan.decide';
export * from './enforcement-plan.decider';
export * from './enforcement-plan.access';
