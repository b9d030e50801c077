/** 动火作业票 (notice 十一): one hot-work job, one permit — requested, approved by another, worked in its window. */
export * from './hot-work-permit.commands';
export * from './hot-work-permit.events';
export * from './hot-work-permit.state';
export * from './hot-work-permit.errors';
export * from './hot-work-permit.decide';
export * from './hot-work-permit.decider';
export * from './hot-work-permit.access';
