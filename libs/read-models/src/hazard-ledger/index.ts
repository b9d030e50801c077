import { MigrationInterface } from 'typeorm';
import { ProjectionDefinition, temporalProjection } from '@hazard-ledger/projection-engine';
import { CreateHazardLedger1764400006000 } from './1764400006000-create-hazard-ledger';
import { hazardLedgerModel } from './hazard-ledger.model';

export * from './hazard-ledger.model';
export * from './hazard-ledger.query';
export { InvalidCursor } from '@hazard-ledger/projection-engine';

export const hazardLedger = temporalProjection(hazardLedgerModel);
export const hazardLedgerMigrations: (new () => MigrationInterface)[] = [CreateHazardLedger1764400006000];
export const hazardLedgerDefinitions: ProjectionDefinition[] = [hazardLedger];
