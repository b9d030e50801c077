import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { DUTY_READ_NOTE, DutyRegisterReader } from '../shared/duty-register-read';
import { DUTY_REGISTERS } from '../shared/duty-registers';
import { DutyReadQueryDto } from '../shared/duty-read.query-dto';

@ApiTags('duties 外包·普查·精查·一企一档')
@ApiBearerAuth()
@Controller('certificate-board')
export class GetCertificateBoardController {
  constructor(private readonly reader: DutyRegisterReader) {}

  @Get()
  @ApiOkResponse({ description: '一页台账 / one page (items, total, nextCursor, judgedAt, asOfPosition, lagMs)' })
  @ApiOperation({
    summary: '证书到期看板 / Certificates expired or expiring within the policy window',
    description: DUTY_READ_NOTE,
  })
  list(@Query() q: DutyReadQueryDto, @CurrentActor() actor: Actor, @Req() request: Request) {
    return this.reader.list(DUTY_REGISTERS.certificates, q, actor, request);
  }
}
