import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { HotWorkPermitRegisterReader } from './hot-work-permit-register-read';
import { HotWorkPermitRegisterQueryDto } from './hot-work-permit-register.query-dto';

@ApiTags('hot-work-permits 动火作业票')
@ApiBearerAuth()
@Controller('hot-work-permit-register')
export class GetHotWorkPermitRegisterController {
  constructor(private readonly register: HotWorkPermitRegisterReader) {}

  @Get()
  @ApiOkResponse({
    description:
      '一页作业票台账及检查发现的无票动火 / one page (items, total, nextCursor, unpermittedHotWork, asOfPosition, lagMs)',
  })
  @ApiOperation({
    summary:
      '动火作业票台账：谁申请、谁审批、措施、时段、执行情况，及检查发现的无票动火（UG-29）/ Hot-work permits and unpermitted hot work found by inspections',
    description:
      'asOf = 系统时间 / system time; validAt = 有效时间 / valid time. 每次查询记入访问日志 / every read is logged.',
  })
  list(@Query() q: HotWorkPermitRegisterQueryDto, @CurrentActor() actor: Actor, @Req() request: Request) {
    return this.register.read(q, actor, request);
  }
}
