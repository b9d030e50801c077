/** The Inspection aggregate (检查记录): team, clauses examined, findings, media, 逢查必考, result, every member's signature. */
export * from './inspection.values';
export * from './inspection.commands';
export * from './inspection.events';
export * from './inspection.state';
export * from './inspection.errors';
export * from './inspection.decide';
export * from './inspection.decider';
export * from './inspection.access';
