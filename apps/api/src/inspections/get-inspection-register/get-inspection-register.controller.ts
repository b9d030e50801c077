import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { InspectionRegisterReader } from './inspection-register-read';
import { InspectionRegisterQueryDto } from './inspection-register.query-dto';

@ApiTags('inspections 监督检查')
@ApiBearerAuth()
@Controller('inspection-register')
export class GetInspectionRegisterController {
  constructor(private readonly register: InspectionRegisterReader) {}

  @Get()
  @ApiOkResponse({
    description: '一页检查台账 / one page of the register (items, total, nextCursor, asOfPosition, lagMs)',
  })
  @ApiOperation({
    summary: '检查台账 / Which inspections happened: per mine, inspector, kind and period, unsigned ones flagged',
    description:
      'asOf = 系统时间 / system time; validAt = 有效时间 / valid time. 每次查询记入访问日志 / every read is logged.',
  })
  list(@Query() q: InspectionRegisterQueryDto, @CurrentActor() actor: Actor, @Req() request: Request) {
    return this.register.read(q, actor, request);
  }
}
