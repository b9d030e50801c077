import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiProblemResponse } from '../../shared/problem-responses';
import { InspectionRegisterReader } from './inspection-register-read';
import { InspectionRegisterQueryDto } from './inspection-register.query-dto';

@ApiTags('inspections 监督检查')
@ApiBearerAuth()
@Controller('inspection-register')
export class GetInspectionRegisterController {
  constructor(private readonly register: InspectionRegisterReader) {}

  @Get()
  @ApiOperation({
    summary: '检查台账 / Which inspections happened: per mine, inspector, kind and period, unsigned ones flagged',
    description:
      'asOf = 系统时间 / system time; validAt = 有效时间 / valid time. 每次查询记入访问日志 / every read is logged.',
  })
  @ApiProblemResponse(400, '请求无效 / Bad request', '筛选条件无效 / invalid filter')
  list(@Query() q: InspectionRegisterQueryDto, @CurrentActor() actor: Actor, @Req() request: Request) {
    return this.register.read(q, actor, request);
  }
}
