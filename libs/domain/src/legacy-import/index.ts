/** Legacy (paper) hazard records: rows checked for shape, then decided step by step by the hazard decider. */
export * from './legacy-rows';
export * from './legacy-import';
