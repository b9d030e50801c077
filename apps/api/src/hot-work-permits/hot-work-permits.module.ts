import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { SharedModule } from '../shared/shared.module';
import { DutiesModule } from '../duties/duties.module';
import { HotWorkPermitExportController } from '../exports/hot-work-permit-export.controller';
import { RequestHotWorkPermitController } from './request-hot-work-permit/request-hot-work-permit.controller';
import { RequestHotWorkPermitHandler } from './request-hot-work-permit/request-hot-work-permit.handler';
import { ApproveHotWorkPermitController } from './approve-hot-work-permit/approve-hot-work-permit.controller';
import { ApproveHotWorkPermitHandler } from './approve-hot-work-permit/approve-hot-work-permit.handler';
import { StartHotWorkController } from './start-hot-work/start-hot-work.controller';
import { StartHotWorkHandler } from './start-hot-work/start-hot-work.handler';
import { FinishHotWorkController } from './finish-hot-work/finish-hot-work.controller';
import { FinishHotWorkHandler } from './finish-hot-work/finish-hot-work.handler';
import { CancelHotWorkPermitController } from './cancel-hot-work-permit/cancel-hot-work-permit.controller';
import { CancelHotWorkPermitHandler } from './cancel-hot-work-permit/cancel-hot-work-permit.handler';
import { GetHotWorkPermitRegisterController } from './get-hot-work-permit-register/get-hot-work-permit-register.controller';
import { HotWorkPermitRegisterReader } from './get-hot-work-permit-register/hot-work-permit-register-read';
import { GetHotWorkPermitController } from './get-hot-work-permit/get-hot-work-permit.controller';

/** 动火作业票 over HTTP: one slice per command of libs/domain/src/hot-work-permit, and the register. */
@Module({
  // DutiesModule provides CONTRACTORS: a permit's contractor must be one of its mine.
  imports: [CqrsModule, SharedModule, DutiesModule],
  controllers: [
    RequestHotWorkPermitController,
    ApproveHotWorkPermitController,
    StartHotWorkController,
    FinishHotWorkController,
    CancelHotWorkPermitController,
    GetHotWorkPermitRegisterController,
    HotWorkPermitExportController,
    GetHotWorkPermitController,
  ],
  providers: [
    RequestHotWorkPermitHandler,
    ApproveHotWorkPermitHandler,
    StartHotWorkHandler,
    FinishHotWorkHandler,
    CancelHotWorkPermitHandler,
    HotWorkPermitRegisterReader,
  ],
})
export class HotWorkPermitsModule {}
