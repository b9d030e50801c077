import { Module } from '@nestjs/common';
import { SharedModule } from '../shared/shared.module';
import { ContractorsController } from './contractors.controller';
import { DutyCommands } from './duty-command';
import { DutyReadsController } from './duty-reads.controller';
import { EnterpriseFilesController } from './enterprise-files.controller';
import { ExamCampaignsController } from './exam-campaigns.controller';
import { HiddenFactorsController } from './hidden-factors.controller';

/** Issue 14's records over HTTP: 外包单位, 隐蔽致灾因素普查, 体检式精查, 一企一档, their registers and exports. */
@Module({
  imports: [SharedModule],
  controllers: [
    DutyReadsController,
    ContractorsController,
    HiddenFactorsController,
    ExamCampaignsController,
    EnterpriseFilesController,
  ],
  providers: [DutyCommands],
})
export class DutiesModule {}
