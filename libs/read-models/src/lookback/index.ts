import { MigrationInterface } from 'typeorm';
import { ProjectionDefinition } from '@hazard-ledger/projection-engine';
import { CreateLookbackFacts1765200500000 } from './lookback-facts.migration';
import { lookbackFacts } from './lookback-facts.projection';
import { CreateLookbackFrozenAnswers1765200500100 } from './lookback-frozen-answers.migration';
import { IndexLookbackFactsByStream1765200500900 } from './lookback-facts-stream-index.migration';
import {
  IndexLookbackFactsByMineTime1765200501000,
  IndexLookbackFactsByMineType1765200501200,
} from './lookback-facts-time-index.migration';
import { CreateLookbackDayHighs1765200501100 } from './lookback-day-highs.migration';

/** 执法责任倒查: the facts every look-back query reads, the queries, and the cross-record search. */
export * from './lookback-query';
export * from './lookback-evidence';
export * from './lookback-page';
export * from './lookback-catalogue';
export * from './event-search';
export { LookbackParamMissing } from './timeline';
export { factsOf } from './facts';
export { lookbackFacts } from './lookback-facts.projection';
export { CreateLookbackFacts1765200500000 } from './lookback-facts.migration';

export const lookbackMigrations: (new () => MigrationInterface)[] = [
  CreateLookbackFacts1765200500000,
  CreateLookbackFrozenAnswers1765200500100,
  IndexLookbackFactsByStream1765200500900,
  IndexLookbackFactsByMineTime1765200501000,
  CreateLookbackDayHighs1765200501100,
  IndexLookbackFactsByMineType1765200501200,
];
export const lookbackDefinitions: ProjectionDefinition[] = [lookbackFacts];
export * from './production-signals';
