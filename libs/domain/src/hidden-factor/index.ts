/** The HiddenFactor aggregate (隐蔽致灾因素普查): one factor, how it was found and checked, its treatment. */
export * from './hidden-factor.commands';
export * from './hidden-factor.events';
export * from './hidden-factor.state';
export * from './hidden-factor.errors';
export * from './hidden-factor.decide';
export * from './hidden-factor.decider';
export * from './hidden-factor.access';
