import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { LookbackReader } from '../lookback-reader';
import { LookbackRunQueryDto } from '../lookback.query-dto';
import { caseAnswerOf } from '../cases/case-answer';
import { RecordLookbackCaseQueryCommand } from '../cases/record-lookback-case-query/record-lookback-case-query.command';

@ApiTags('lookback 执法责任倒查')
@ApiBearerAuth()
@Controller('lookback')
export class RunLookbackQueryController {
  constructor(
    private readonly lookback: LookbackReader,
    private readonly commandBus: CommandBus,
  ) {}

  @Get(':id')
  @ApiOperation({
    summary:
      '运行倒查查询 / Run a look-back query as of any date: the cut used, and each row with the events behind it (stream, revision, position, event id, hash, actor, both clocks); with caseId the run is recorded in the case; with limit/cursor one page (row-key order) of the answer',
  })
  async run(
    @Param('id') id: string,
    @Query() q: LookbackRunQueryDto,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    const answer = await this.lookback.run(id, q, actor, request);
    if (!q.caseId) return answer;
    const record = new RecordLookbackCaseQueryCommand(q.caseId, caseAnswerOf(answer), actor, request);
    return { ...answer, recorded: await this.commandBus.execute(record) };
  }
}
