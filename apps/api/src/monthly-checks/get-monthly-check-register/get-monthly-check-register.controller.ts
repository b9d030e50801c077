import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { MonthlyCheckRegisterReader } from './monthly-check-register-read';
import { MonthlyCheckRegisterQueryDto } from './monthly-check-register.query-dto';

@ApiTags('monthly-checks 月度重大事故隐患排查')
@ApiBearerAuth()
@Controller('monthly-check-register')
export class GetMonthlyCheckRegisterController {
  constructor(private readonly register: MonthlyCheckRegisterReader) {}

  @Get()
  @ApiOkResponse({ description: '一页排查台账 / one page (items, total, nextCursor, asOfPosition, lagMs)' })
  @ApiOperation({
    summary: '月度重大事故隐患排查台账 / Which monthly checks were recorded: leader, scope, result, signature',
    description:
      'asOf = 系统时间 / system time; validAt = 有效时间 / valid time. 每次查询记入访问日志 / every read is logged.',
  })
  list(@Query() q: MonthlyCheckRegisterQueryDto, @CurrentActor() actor: Actor, @Req() request: Request) {
    return this.register.read(q, actor, request);
  }
}
