import { Module } from '@nestjs/common';
import { ListLookbackQueriesController } from './list-lookback-queries/list-lookback-queries.controller';
import { SearchLookbackEventsController } from './search-lookback-events/search-lookback-events.controller';
import { RunLookbackQueryController } from './run-lookback-query/run-lookback-query.controller';
import { ExportLookbackAnswerController } from './export-lookback-answer/export-lookback-answer.controller';
import { LookbackReader } from './lookback-reader';
import { LookbackCases } from './cases/lookback-cases';
import { OpenLookbackCaseController } from './cases/open-lookback-case/open-lookback-case.controller';
import { FreezeLookbackAnswerController } from './cases/freeze-lookback-answer/freeze-lookback-answer.controller';
import { GetLookbackCaseController } from './cases/get-lookback-case/get-lookback-case.controller';
import { SharedModule } from '../shared/shared.module';

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
    OpenLookbackCaseController,
    FreezeLookbackAnswerController,
    GetLookbackCaseController,
  ],
  imports: [SharedModule],
  providers: [LookbackReader, LookbackCases],
})
export class LookbackModule {}
