import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { SharedModule } from '../shared/shared.module';
import { EnforcementDocumentsModule } from '../documents/enforcement-documents.module';
import { MineSigner } from './shared/mine-signer';
import { OrderFacts } from './shared/named-hazards';
import { ChangeMineResponsiblePersonsController } from './change-mine-responsible-persons/change-mine-responsible-persons.controller';
import { ChangeMineResponsiblePersonsHandler } from './change-mine-responsible-persons/change-mine-responsible-persons.handler';
import { ChangeMineRiskGradeController } from './change-mine-risk-grade/change-mine-risk-grade.controller';
import { ChangeMineRiskGradeHandler } from './change-mine-risk-grade/change-mine-risk-grade.handler';
import { CloseMineController } from './close-mine/close-mine.controller';
import { CloseMineHandler } from './close-mine/close-mine.handler';
import { GetMineController } from './get-mine/get-mine.controller';
import { RegisterMineController } from './register-mine/register-mine.controller';
import { RegisterMineHandler } from './register-mine/register-mine.handler';
import { ResumeMineProductionController } from './resume-mine-production/resume-mine-production.controller';
import { ResumeMineProductionHandler } from './resume-mine-production/resume-mine-production.handler';
import { SuspendMineProductionController } from './suspend-mine-production/suspend-mine-production.controller';
import { SuspendMineProductionHandler } from './suspend-mine-production/suspend-mine-production.handler';

@Module({
  imports: [CqrsModule, SharedModule, EnforcementDocumentsModule],
  controllers: [
    RegisterMineController,
    ChangeMineRiskGradeController,
    ChangeMineResponsiblePersonsController,
    SuspendMineProductionController,
    ResumeMineProductionController,
    CloseMineController,
    GetMineController,
  ],
  providers: [
    MineSigner,
    OrderFacts,
    RegisterMineHandler,
    ChangeMineRiskGradeHandler,
    ChangeMineResponsiblePersonsHandler,
    SuspendMineProductionHandler,
    ResumeMineProductionHandler,
    CloseMineHandler,
  ],
})
export class MinesModule {}
