/** The EnterpriseFile aggregate (一企一档): the mine's people, safety department, engineers, certificates, funds. */
export * from './enterprise-file.commands';
export * from './enterprise-file.events';
export * from './enterprise-file.state';
export * from './enterprise-file.errors';
export * from './enterprise-file.decide';
export * from './enterprise-file.decider';
export * from './enterprise-file.access';
