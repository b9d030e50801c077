/** The Tip aggregate (举报): received → accepted/refused → assigned → verified → handled → feedback → objection → 复查, reward, 追责. */
export * from './tip.values';
export * from './tip.commands';
export * from './tip.events';
export * from './tip.state';
export * from './tip.errors';
export * from './tip.decide';
export * from './tip.decider';
export * from './tip.access';
