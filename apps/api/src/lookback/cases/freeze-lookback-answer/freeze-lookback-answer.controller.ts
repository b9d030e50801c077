import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../../shared/api-command-responses';
import { etagOf } from '../../../shared/etag';
import { LookbackReader } from '../../lookback-reader';
import { caseAccessNote } from '../shared/existing-lookback-case';
import { FreezeLookbackAnswerCommand } from './freeze-lookback-answer.command';
import { FreezeLookbackAnswerRequest } from './freeze-lookback-answer.request';

@ApiTags('lookback 执法责任倒查')
@ApiBearerAuth()
@Controller('lookback-cases')
export class FreezeLookbackAnswerController {
  constructor(
    private readonly lookback: LookbackReader,
    private readonly commandBus: CommandBus,
  ) {}

  /** Runs the query inside the case (access-logged as an export, with its purpose), then freezes its answer. */
  @Post(':caseId/frozen-answers')
  @HttpCode(201)
  @ApiOperation({
    summary:
      '冻结倒查结果入卷 / Freeze a query’s answer into the case file: its canonical JSON is kept under its SM3 digest and re-read byte-identical',
    description: caseAccessNote('FreezeLookbackCaseAnswer'),
  })
  @ApiCommandResponses(201)
  async handle(
    @Param('caseId') caseId: string,
    @Body() body: FreezeLookbackAnswerRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { queryId, ...q } = body;
    const answer = await this.lookback.run(queryId, { ...q, caseId }, actor, request, 'export', true);
    const result = await this.commandBus.execute(new FreezeLookbackAnswerCommand(caseId, answer, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return { answerDigest: answer.answerDigest, cut: answer.cut, rows: answer.total, ...result };
  }
}
