/** The hazard (隐患) lifecycle of domain.md §8 as a pure decider: commands, events, state, errors and access rules. */
export * from './hazard.values';
export * from './hazard.commands';
export * from './hazard.events';
export type {
  DiscoveredHazard,
  EndedHazard,
  GeneralFacts,
  GeneralHazard,
  GeneralStatus,
  Hazard,
  HazardFacts,
  HazardStatus,
  KnownHazard,
  KnownStatus,
  MajorFacts,
  MajorHazard,
  MajorStatus,
  NotDiscovered,
  ReportFacts,
  SiteReview,
} from './hazard.state';
export * from './hazard.decider';
export * from './hazard.errors';
export * from './hazard.access';
