/** The read models, one folder per question, and the registry of their definitions the apps hand to the engine. */
import { StreamCatalogueRow } from './stream-catalogue/stream-catalogue.entity';
import { StateDocRestoredOnUse1764400009000 } from './migrations/1764400009000-state-doc-restored-on-use';
import { ReadModelKeysInByteOrder1764400010000 } from './migrations/1764400010000-read-model-keys-in-byte-order';
import { auditTrailMigrations } from './audit-trail';
import { knowledgeTimelineMigrations } from './knowledge-timeline';
import { hazardLedgerMigrations } from './hazard-ledger';
import { CreateHazardBoards1764400007000 } from './migrations/1764400007000-create-hazard-boards';
import { BoardsKeepDowngraded1765065600100 } from './migrations/1765065600100-boards-keep-downgraded';
import { hazardSnapshotsMigrations } from './hazard-snapshots';
import { inspectionRegisterMigrations } from './inspection-register';
import { CreateEnforcementRegisters1764400013000 } from './migrations/1764400013000-create-enforcement-registers';
import { CreateEnforcementBoards1764400013300 } from './migrations/1764400013300-create-enforcement-boards';
import { dutyRegisterMigrations } from './duty-records';
import { monthlyCheckRegisterMigrations } from './monthly-check-register';
import { hotWorkPermitRegisterMigrations } from './hot-work-permit-register';

export * from './stream-catalogue/stream-catalogue.entity';
export * from './stream-catalogue/stream-catalogue.row';
export * from './stream-catalogue/stream-catalogue.projection';

export const readModelEntities = [StreamCatalogueRow];

/** The read models' own tables; the engine's checkpoint and catalogue tables are projectionEngineMigrations. */
export const readModelMigrations = [
  ...auditTrailMigrations,
  ...knowledgeTimelineMigrations,
  ...hazardLedgerMigrations,
  CreateHazardBoards1764400007000,
  ...hazardSnapshotsMigrations,
  StateDocRestoredOnUse1764400009000,
  ReadModelKeysInByteOrder1764400010000,
  ...inspectionRegisterMigrations,
  CreateEnforcementRegisters1764400013000,
  CreateEnforcementBoards1764400013300,
  BoardsKeepDowngraded1765065600100,
  ...dutyRegisterMigrations,
  ...monthlyCheckRegisterMigrations,
  ...hotWorkPermitRegisterMigrations,
];
export * from './audit-trail';
export * from './knowledge-timeline';
export * from './hazard-ledger';
export * from './dual-report-board';
export * from './supervision-board';
export * from './mines-under-suspension';
export * from './plan-board';
export type { BoardQuery, Page } from './hazard-record/board-query';
export { CreateHazardBoards1764400007000 } from './migrations/1764400007000-create-hazard-boards';
export * from './hazard-snapshots';
export * from './inspection-register';
export * from './document-register';
export * from './penalty-register';
export * from './registry';
export * from './duty-records';
export * from './monthly-check-register';
export * from './hot-work-permit-register';
