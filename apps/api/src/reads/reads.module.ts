import { Global, Module } from '@nestjs/common';
import { AccessLogModule } from '@hazard-ledger/access-log';
import { SharedModule } from '../shared/shared.module';
import { GetHazardLedgerController } from '../ledgers/get-hazard-ledger/get-hazard-ledger.controller';
import { GetDualReportBoardController } from '../boards/get-dual-report-board/get-dual-report-board.controller';
import { GetSupervisionBoardController } from '../boards/get-supervision-board/get-supervision-board.controller';
import { BoardReader } from '../boards/board-read';
import { ExportController } from '../exports/export.controller';
import { GetAuditTrailController } from '../audit/get-audit-trail/get-audit-trail.controller';
import { GetKnowledgeTimelineController } from '../audit/get-knowledge-timeline/get-knowledge-timeline.controller';
import { GetAccessLogController } from '../audit/get-access-log/get-access-log.controller';
import { AccessRecorder } from './record-access';
import { EnforcementBoardReader } from '../boards/enforcement-board-read';
import { GetMinesUnderSuspensionController } from '../boards/get-mines-under-suspension/get-mines-under-suspension.controller';
import { GetPlanBoardController } from '../boards/get-plan-board/get-plan-board.controller';
import { EnforcementExportController } from '../exports/enforcement-export.controller';
import { ReadStamps } from './read-stamp.service';
import { HazardDirectory } from './hazard-directory';

/** The read side over HTTP: ledgers, boards, exports, audit trail, knowledge timeline, access log. */
@Global()
@Module({
  imports: [SharedModule, AccessLogModule],
  controllers: [
    GetHazardLedgerController,
    ExportController,
    GetDualReportBoardController,
    GetSupervisionBoardController,
    GetAuditTrailController,
    GetKnowledgeTimelineController,
    GetAccessLogController,
    GetMinesUnderSuspensionController,
    GetPlanBoardController,
    EnforcementExportController,
  ],
  providers: [ReadStamps, AccessRecorder, BoardReader, EnforcementBoardReader, HazardDirectory],
  exports: [ReadStamps, AccessRecorder, HazardDirectory],
})
export class ReadsModule {}
