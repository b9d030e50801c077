import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { LookbackReader } from '../lookback-reader';
import { LookbackEventsQueryDto } from '../lookback.query-dto';

@ApiTags('lookback 执法责任倒查')
@ApiBearerAuth()
@Controller('lookback')
export class SearchLookbackEventsController {
  constructor(private readonly lookback: LookbackReader) {}

  @Get('events')
  @ApiOperation({
    summary:
      '跨记录检索 / Every event of given types across a mine or jurisdiction in a period, by actor and role, as of any date (paged)',
  })
  search(@Query() q: LookbackEventsQueryDto, @CurrentActor() actor: Actor, @Req() request: Request) {
    return this.lookback.search(q, actor, request);
  }
}
