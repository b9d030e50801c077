import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { MonthlyCheckBoardQueryDto } from '../get-monthly-check-register/monthly-check-register.query-dto';
import { MonthlyCheckBoardReader } from './monthly-check-board-read';

@ApiTags('monthly-checks 月度重大事故隐患排查')
@ApiBearerAuth()
@Controller('boards/monthly-check')
export class GetMonthlyCheckBoardController {
  constructor(private readonly board: MonthlyCheckBoardReader) {}

  @Get()
  @ApiOkResponse({
    description: '逐月一行 / one row per month (status, result, majorHazardIds, flags), asOfPosition, lagMs',
  })
  @ApiOperation({
    summary:
      '每月排查看板：是否按月排查、是否逾期、是否缺失、"未发现"时是否实有重大隐患 / Was the monthly check done, late, missing — and was "none found" signed while a major hazard existed?',
    description:
      'asOf = 系统时间（当时平台所知）/ system time; validAt = 有效时间 / valid time. 每次查询记入访问日志 / every read is logged.',
  })
  get(@Query() q: MonthlyCheckBoardQueryDto, @CurrentActor() actor: Actor, @Req() request: Request) {
    return this.board.read(q, actor, request);
  }
}
