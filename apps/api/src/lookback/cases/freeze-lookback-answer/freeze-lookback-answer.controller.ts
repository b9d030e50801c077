import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor, FreezeLookbackCaseAnswer } from '@hazard-ledger/domain';
import { LookbackReader } from '../../lookback-reader';
import { LookbackCases, answerBytes } from '../lookback-cases';
import { caseAnswerOf } from '../case-answer';
import { FreezeLookbackAnswerRequest } from './freeze-lookback-answer.request';

@ApiTags('lookback 执法责任倒查')
@ApiBearerAuth()
@Controller('lookback-cases')
export class FreezeLookbackAnswerController {
  constructor(
    private readonly lookback: LookbackReader,
    private readonly cases: LookbackCases,
  ) {}

  /** Runs the query inside the case, keeps the answer's canonical bytes under their digest, then records the freeze. */
  @Post(':caseId/frozen-answers')
  @ApiOperation({
    summary:
      '冻结倒查结果入卷 / Freeze a query’s answer into the case file: its canonical JSON is kept under its SM3 digest and re-read byte-identical',
  })
  async freeze(
    @Param('caseId') caseId: string,
    @Body() body: FreezeLookbackAnswerRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    const { queryId, ...q } = body;
    const answer = await this.lookback.run(queryId, { ...q, caseId }, actor, request, 'export');
    const canonical = {
      caseId: answer.caseId,
      query: answer.query,
      params: answer.params,
      cut: answer.cut,
      rows: answer.rows,
    };
    const { body: bytes, answerDigest } = answerBytes(canonical);
    await this.cases.keep(caseId, bytes, answerDigest);
    const command: Omit<FreezeLookbackCaseAnswer, 'metadata'> = {
      type: 'FreezeLookbackCaseAnswer',
      data: { caseId, answer: caseAnswerOf(answer) },
    };
    return {
      answerDigest,
      cut: answer.cut,
      rows: answer.total,
      ...(await this.cases.execute(command, actor, request)),
    };
  }
}
