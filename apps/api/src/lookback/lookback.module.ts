import { Module } from '@nestjs/common';
import { ListLookbackQueriesController } from './list-lookback-queries/list-lookback-queries.controller';
import { SearchLookbackEventsController } from './search-lookback-events/search-lookback-events.controller';
import { RunLookbackQueryController } from './run-lookback-query/run-lookback-query.controller';
import { ExportLookbackAnswerController } from './export-lookback-answer/export-lookback-answer.controller';
import { LookbackReader } from './lookback-reader';

/**
 * 执法责任倒查 (look-back) for auditors and investigators. The search controller comes before the one taking
 * `:id`, so `/lookback/events` is never read as a query id.
 */
@Module({
  controllers: [
    ListLookbackQueriesController,
    SearchLookbackEventsController,
    ExportLookbackAnswerController,
    RunLookbackQueryController,
  ],
  providers: [LookbackReader],
})
export class LookbackModule {}
