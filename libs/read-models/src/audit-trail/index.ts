import { MigrationInterface } from 'typeorm';
import { ProjectionDefinition } from '../projection';

export const auditTrailMigrations: (new () => MigrationInterface)[] = [];
export const auditTrailDefinitions: ProjectionDefinition[] = [];
