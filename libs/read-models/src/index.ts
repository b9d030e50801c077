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
import { StateDocRestoredOnUse1764400009000 } from './migrations/1764400009000-state-doc-restored-on-use';
import { ReadModelKeysInByteOrder1764400010000 } from './migrations/1764400010000-read-model-keys-in-byte-order';

export const readModelEntities = [ProjectionCheckpoint, StreamCatalogueRow];
import { accessLogMigrations } from './access-log';
import { auditTrailMigrations } from './audit-trail';
import { knowledgeTimelineMigrations } from './knowledge-timeline';
import { hazardLedgerMigrations } from './hazard-ledger';
import { hazardBoardsMigrations } from './hazard-boards';
import { hazardSnapshotsMigrations } from './hazard-snapshots';

export const readModelMigrations = [
  CreateReadModels1764400001000,
  ...accessLogMigrations,
  ...auditTrailMigrations,
  ...knowledgeTimelineMigrations,
  ...hazardLedgerMigrations,
  ...hazardBoardsMigrations,
  ...hazardSnapshotsMigrations,
  StateDocRestoredOnUse1764400009000,
  ReadModelKeysInByteOrder1764400010000,
];
export * from './access-log';
export * from './audit-trail';
export * from './knowledge-timeline';
export * from './hazard-ledger';
export * from './hazard-boards';
export * from './hazard-snapshots';
export * from './rebuild';
export * from './registry';
export * from './projections.module';
export { restoreStored } from './temporal/lazy-state';
export type { UnfoldedState } from './temporal/lazy-state';
export { temporalModels } from './temporal/partitioned-fill/models';
export type { MineInfo } from './temporal/entity-model';
