/** Read side: projections, their runner and checkpoints, and one folder per read model. */
export * from './projection';
export * from './projection-runner';
export * from './checkpoints/projection-checkpoint.entity';
export * from './checkpoints/checkpoint-store';
export * from './stream-catalogue/stream-catalogue.entity';
export * from './stream-catalogue/stream-catalogue.row';
export * from './stream-catalogue/stream-catalogue.projection';
export * from './migrations/1764400001000-create-read-models';

import { ProjectionCheckpoint } from './checkpoints/projection-checkpoint.entity';
import { StreamCatalogueRow } from './stream-catalogue/stream-catalogue.entity';
import { CreateReadModels1764400001000 } from './migrations/1764400001000-create-read-models';

export const readModelEntities = [ProjectionCheckpoint, StreamCatalogueRow];
export const readModelMigrations = [CreateReadModels1764400001000];
export * from './registry';
export * from './projections.module';
