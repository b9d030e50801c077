import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { LookbackReader } from '../lookback-reader';
import { LookbackQueryDto } from '../lookback.query-dto';

@ApiTags('lookback 执法责任倒查')
@ApiBearerAuth()
@Controller('lookback')
export class RunLookbackQueryController {
  constructor(private readonly lookback: LookbackReader) {}

  @Get(':id')
  @ApiOperation({
    summary:
      '运行倒查查询 / Run a look-back query as of any date: the cut used, and each row with the events behind it (stream, revision, position, event id, hash, actor, both clocks)',
  })
  run(@Param('id') id: string, @Query() q: LookbackQueryDto, @CurrentActor() actor: Actor, @Req() request: Request) {
    return this.lookback.run(id, q, actor, request);
  }
}
