import { MigrationInterface } from 'typeorm';
import { ProjectionDefinition } from '../projection';

export const hazardLedgerMigrations: (new () => MigrationInterface)[] = [];
export const hazardLedgerDefinitions: ProjectionDefinition[] = [];
