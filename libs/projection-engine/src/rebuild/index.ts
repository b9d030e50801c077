/** `projections rebuild`: fill shadow copies of a read model's tables from the start of the log, swap them in. */
export { rebuildProjection, RebuildAborted } from './rebuild-projection';
export type { RebuildOptions, RebuildResult } from './rebuild-projection';
export type { RebuildProgress } from './rebuild-progress';
export { RebuildInProgress, rebuildActive } from './rebuild-lock';
export { shadowCheckpointName } from './table-names';
