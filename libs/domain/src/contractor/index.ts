/** The Contractor aggregate (外包单位): qualification, contract period, work scope, monthly 绩效考核. */
export * from './contractor.commands';
export * from './contractor.events';
export * from './contractor.state';
export * from './contractor.errors';
export * from './contractor.decide';
export * from './contractor.decider';
export * from './contractor.access';
