import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ListLookbackQueriesController } from './list-lookback-queries/list-lookback-queries.controller';
import { SearchLookbackEventsController } from './search-lookback-events/search-lookback-events.controller';
import { RunLookbackQueryController } from './run-lookback-query/run-lookback-query.controller';
import { ExportLookbackAnswerController } from './export-lookback-answer/export-lookback-answer.controller';
import { LookbackReader } from './lookback-reader';
import { LookbackCases } from './cases/lookback-cases';
import { OpenLookbackCaseController } from './cases/open-lookback-case/open-lookback-case.controller';
import { OpenLookbackCaseHandler } from './cases/open-lookback-case/open-lookback-case.handler';
import { RecordLookbackCaseQueryHandler } from './cases/record-lookback-case-query/record-lookback-case-query.handler';
import { FreezeLookbackAnswerController } from './cases/freeze-lookback-answer/freeze-lookback-answer.controller';
import { FreezeLookbackAnswerHandler } from './cases/freeze-lookback-answer/freeze-lookback-answer.handler';
import { CloseLookbackCaseController } from './cases/close-lookback-case/close-lookback-case.controller';
import { CloseLookbackCaseHandler } from './cases/close-lookback-case/close-lookback-case.handler';
import { GetLookbackCaseController } from './cases/get-lookback-case/get-lookback-case.controller';
import { SharedModule } from '../shared/shared.module';

/**
 * 执法责任倒查 (look-back) for auditors and investigators. The search controller comes before the one taking
 * `:id`, so `/lookback/events` is never read as a query id. Case commands: controller → CommandBus → handler →
 * CommandGateway, one folder per use case under cases/.
 */
@Module({
  controllers: [
    ListLookbackQueriesController,
    SearchLookbackEventsController,
    ExportLookbackAnswerController,
    RunLookbackQueryController,
    OpenLookbackCaseController,
    FreezeLookbackAnswerController,
    CloseLookbackCaseController,
    GetLookbackCaseController,
  ],
  imports: [CqrsModule, SharedModule],
  providers: [
    LookbackReader,
    LookbackCases,
    OpenLookbackCaseHandler,
    RecordLookbackCaseQueryHandler,
    FreezeLookbackAnswerHandler,
    CloseLookbackCaseHandler,
  ],
})
export class LookbackModule {}
