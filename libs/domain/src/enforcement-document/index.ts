/** The EnforcementDocument aggregate (执法文书): drafted, amended with a diff, legally reviewed, signed, served, revoked. */
export * from './document.values';
export * from './document.commands';
export * from './document.events';
export * from './document.state';
export * from './document.errors';
export * from './document.decide';
export * from './document.decider';
export * from './document.access';
