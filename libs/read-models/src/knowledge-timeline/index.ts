import { MigrationInterface } from 'typeorm';
import { ProjectionDefinition } from '@hazard-ledger/projection-engine';
import { CreateKnowledgeTimeline1764400005000 } from './knowledge-timeline.migration';
import { knowledgeTimeline } from './knowledge-timeline.projection';

/** 知情时间线: per hazard, when each party first knew, with the event that shows it. */
export {
  KNOWLEDGE_PARTIES,
  earliestKnowledge,
  knowledgeFacts,
  type KnowledgeFact,
  type KnowledgeParty,
} from './knowledge-facts';
export { CreateKnowledgeTimeline1764400005000 } from './knowledge-timeline.migration';
export { knowledgeTimeline } from './knowledge-timeline.projection';
export * from './knowledge-timeline.queries';

export const knowledgeTimelineMigrations: (new () => MigrationInterface)[] = [CreateKnowledgeTimeline1764400005000];
export const knowledgeTimelineDefinitions: ProjectionDefinition[] = [knowledgeTimeline];
