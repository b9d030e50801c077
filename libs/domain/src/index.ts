export * from './shared/envelope';
export * from './shared/decider';
export * from './shared/domain-error';
export * from './shared/actor';
export * from './shared/command';
export * from './shared/reference';
export * from './shared/signature';
export * from './shared/access';
