import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { SharedModule } from '../shared/shared.module';
import { MonthlyCheckExportController } from '../exports/monthly-check-export.controller';
import { RecordMonthlyCheckController } from './record-monthly-check/record-monthly-check.controller';
import { RecordMonthlyCheckHandler } from './record-monthly-check/record-monthly-check.handler';
import { LinkMonthlyCheckHazardController } from './link-monthly-check-hazard/link-monthly-check-hazard.controller';
import { LinkMonthlyCheckHazardHandler } from './link-monthly-check-hazard/link-monthly-check-hazard.handler';
import { SignMonthlyCheckController } from './sign-monthly-check/sign-monthly-check.controller';
import { SignMonthlyCheckHandler } from './sign-monthly-check/sign-monthly-check.handler';
import { GetMonthlyCheckRegisterController } from './get-monthly-check-register/get-monthly-check-register.controller';
import { MonthlyCheckRegisterReader } from './get-monthly-check-register/monthly-check-register-read';
import { GetMonthlyCheckBoardController } from './get-monthly-check-board/get-monthly-check-board.controller';
import { MonthlyCheckBoardReader } from './get-monthly-check-board/monthly-check-board-read';
import { GetMonthlyCheckController } from './get-monthly-check/get-monthly-check.controller';

/** 每月重大事故隐患排查 over HTTP: one slice per command of libs/domain/src/monthly-check, the register and the board. */
@Module({
  // ESignatureService comes from AuthModule, registered globally by ApiModule.
  imports: [CqrsModule, SharedModule],
  controllers: [
    RecordMonthlyCheckController,
    LinkMonthlyCheckHazardController,
    SignMonthlyCheckController,
    GetMonthlyCheckRegisterController,
    GetMonthlyCheckBoardController,
    MonthlyCheckExportController,
    GetMonthlyCheckController,
  ],
  providers: [
    RecordMonthlyCheckHandler,
    LinkMonthlyCheckHazardHandler,
    SignMonthlyCheckHandler,
    MonthlyCheckRegisterReader,
    MonthlyCheckBoardReader,
  ],
})
export class MonthlyChecksModule {}
