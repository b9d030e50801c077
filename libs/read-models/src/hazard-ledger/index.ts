import { MigrationInterface } from 'typeorm';
import { ProjectionDefinition } from '../projection';
import { temporalProjection } from '../temporal/temporal-projection';
import { CreateHazardLedger1764400006000 } from './1764400006000-create-hazard-ledger';
import { hazardLedgerModel } from './hazard-ledger.model';

export * from './hazard-ledger.model';
export * from './hazard-ledger.query';
export { InvalidCursor } from '../shared/sql-text';

export const hazardLedger = temporalProjection(hazardLedgerModel);
export const hazardLedgerMigrations: (new () => MigrationInterface)[] = [CreateHazardLedger1764400006000];
export const hazardLedgerDefinitions: ProjectionDefinition[] = [hazardLedger];
