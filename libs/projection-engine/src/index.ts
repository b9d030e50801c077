/**
 * The projection engine: runner and checkpoints, rebuilds, and the temporal (two-time-axis) tables with their bulk
 * fills. It knows no read model: the read models hand their definitions to it (ProjectionsModule.forRoot,
 * function arguments), and a temporal model names the module a fill worker loads it from.
 */
import { ProjectionCheckpoint } from './checkpoints/projection-checkpoint.entity';
import { CreateReadModels1764400001000 } from './migrations/1764400001000-create-read-models';

export * from './projection';
export * from './projection-runner';
export * from './projections.module';
export * from './checkpoints/projection-checkpoint.entity';
export * from './checkpoints/checkpoint-store';
export * from './rebuild';
export * from './temporal/entity-model';
export * from './temporal/temporal-projection';
export * from './temporal/temporal-ddl';
export * from './temporal/versions';
export { restoreStored } from './temporal/lazy-state';
export type { UnfoldedState } from './temporal/lazy-state';
export { foldStream, type RangedVersion } from './temporal/partitioned-fill/stream-fold';
export { MineTimeline } from './temporal/partitioned-fill/mine-timeline';
export * from './shared/sql-text';
export * from './shared/instants';
export { CreateReadModels1764400001000 } from './migrations/1764400001000-create-read-models';

export const projectionEngineEntities = [ProjectionCheckpoint];
export const projectionEngineMigrations = [CreateReadModels1764400001000];
