import { MigrationInterface } from 'typeorm';
import { ProjectionDefinition } from '@hazard-ledger/projection-engine';
import { CreateHazardSnapshots1764400008000 } from './1764400008000-create-hazard-snapshots';
import { hazardSnapshots } from './hazard-snapshots.projection';

export * from './hazard-snapshots.projection';
export * from './hazard-as-of';
export * from './snapshot-interval';

export const hazardSnapshotsMigrations: (new () => MigrationInterface)[] = [CreateHazardSnapshots1764400008000];
export const hazardSnapshotsDefinitions: ProjectionDefinition[] = [hazardSnapshots];
