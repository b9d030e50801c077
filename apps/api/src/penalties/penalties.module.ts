import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EnforcementDocumentsModule } from '../documents/enforcement-documents.module';
import { SharedModule } from '../shared/shared.module';
import { DecidePenaltyController } from './decide-penalty/decide-penalty.controller';
import { DecidePenaltyHandler } from './decide-penalty/decide-penalty.handler';
import { RecordPenaltyEnforcementController } from './record-penalty-enforcement/record-penalty-enforcement.controller';
import { RecordPenaltyEnforcementHandler } from './record-penalty-enforcement/record-penalty-enforcement.handler';
import { RecordPenaltyPaymentController } from './record-penalty-payment/record-penalty-payment.controller';
import { RecordPenaltyPaymentHandler } from './record-penalty-payment/record-penalty-payment.handler';
import { PenaltyCitations } from './shared/penalty-citations';

/** 行政处罚 (一案双罚): decisions, payments and 强制执行 per target. Cites documents through ENFORCEMENT_DOCUMENTS. */
@Module({
  imports: [CqrsModule, SharedModule, EnforcementDocumentsModule],
  controllers: [DecidePenaltyController, RecordPenaltyPaymentController, RecordPenaltyEnforcementController],
  providers: [DecidePenaltyHandler, RecordPenaltyPaymentHandler, RecordPenaltyEnforcementHandler, PenaltyCitations],
})
export class PenaltiesModule {}
