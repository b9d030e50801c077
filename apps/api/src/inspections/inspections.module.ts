import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { HazardSigner } from '../hazards/shared/hazard-signer';
import { SharedModule } from '../shared/shared.module';
import { INSPECTION_TEAMS } from '../shared/inspection-teams.port';
import { InspectionRegisterExportController } from '../exports/inspection-register-export.controller';
import { RecordInspectionController } from './record-inspection/record-inspection.controller';
import { RecordInspectionHandler } from './record-inspection/record-inspection.handler';
import { ExamineClausesController } from './examine-clauses/examine-clauses.controller';
import { ExamineClausesHandler } from './examine-clauses/examine-clauses.handler';
import { RecordInspectionFindingController } from './record-inspection-finding/record-inspection-finding.controller';
import { RecordInspectionFindingHandler } from './record-inspection-finding/record-inspection-finding.handler';
import { AttachInspectionMediaController } from './attach-inspection-media/attach-inspection-media.controller';
import { AttachInspectionMediaHandler } from './attach-inspection-media/attach-inspection-media.handler';
import { RecordKnowledgeTestController } from './record-knowledge-test/record-knowledge-test.controller';
import { RecordKnowledgeTestHandler } from './record-knowledge-test/record-knowledge-test.handler';
import { RecordInspectionResultController } from './record-inspection-result/record-inspection-result.controller';
import { RecordInspectionResultHandler } from './record-inspection-result/record-inspection-result.handler';
import { SignInspectionResultController } from './sign-inspection-result/sign-inspection-result.controller';
import { SignInspectionResultHandler } from './sign-inspection-result/sign-inspection-result.handler';
import { GetInspectionController } from './get-inspection/get-inspection.controller';
import { GetInspectionRegisterController } from './get-inspection-register/get-inspection-register.controller';
import { InspectionRegisterReader } from './get-inspection-register/inspection-register-read';
import { InspectionStreamTeams } from './shared/inspection-teams.provider';
import { TeamDirectory } from './shared/team-directory';

/** Inspections (监督检查) over HTTP: one slice per command of libs/domain/src/inspection, the record and the register. */
@Module({
  // ESignatureService and UserStore come from AuthModule, registered globally by ApiModule.
  imports: [CqrsModule, SharedModule],
  controllers: [
    RecordInspectionController,
    ExamineClausesController,
    RecordInspectionFindingController,
    AttachInspectionMediaController,
    RecordKnowledgeTestController,
    RecordInspectionResultController,
    SignInspectionResultController,
    GetInspectionRegisterController,
    InspectionRegisterExportController,
    GetInspectionController,
  ],
  providers: [
    RecordInspectionHandler,
    ExamineClausesHandler,
    RecordInspectionFindingHandler,
    AttachInspectionMediaHandler,
    RecordKnowledgeTestHandler,
    RecordInspectionResultHandler,
    SignInspectionResultHandler,
    InspectionRegisterReader,
    TeamDirectory,
    HazardSigner,
    { provide: INSPECTION_TEAMS, useClass: InspectionStreamTeams },
  ],
  exports: [INSPECTION_TEAMS],
})
export class InspectionsModule {}
