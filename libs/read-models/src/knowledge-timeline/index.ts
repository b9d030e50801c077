import { MigrationInterface } from 'typeorm';
import { ProjectionDefinition } from '../projection';

export const knowledgeTimelineMigrations: (new () => MigrationInterface)[] = [];
export const knowledgeTimelineDefinitions: ProjectionDefinition[] = [];
