import { MigrationInterface } from 'typeorm';
import { ProjectionDefinition } from '../projection';

export const hazardBoardsMigrations: (new () => MigrationInterface)[] = [];
export const hazardBoardsDefinitions: ProjectionDefinition[] = [];
