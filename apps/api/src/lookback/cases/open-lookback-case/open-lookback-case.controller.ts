import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor, CloseLookbackCase, OpenLookbackCase } from '@hazard-ledger/domain';
import { newAggregateId } from '../../../shared/aggregate-id';
import { LookbackCases } from '../lookback-cases';
import { CloseLookbackCaseRequest, OpenLookbackCaseRequest } from './open-lookback-case.request';

@ApiTags('lookback 执法责任倒查')
@ApiBearerAuth()
@Controller('lookback-cases')
export class OpenLookbackCaseController {
  constructor(private readonly cases: LookbackCases) {}

  @Post()
  @ApiOperation({
    summary: '倒查立案 / Open a look-back case: subject (mines, persons), scope, legal basis (investigators)',
  })
  open(@Body() body: OpenLookbackCaseRequest, @CurrentActor() actor: Actor, @Req() request: Request) {
    const command: Omit<OpenLookbackCase, 'metadata'> = {
      type: 'OpenLookbackCase',
      data: {
        caseId: newAggregateId(request, 'lookback-case'),
        title: body.title,
        subject: { mineIds: body.subject.mineIds, personIds: body.subject.personIds },
        scope: body.scope,
        legalBasis: body.legalBasis,
      },
    };
    return this.cases.execute(command, actor, request);
  }

  @Post(':caseId/closure')
  @HttpCode(200)
  @ApiOperation({ summary: '倒查结案 / Close a look-back case with its conclusion (investigators)' })
  close(
    @Param('caseId') caseId: string,
    @Body() body: CloseLookbackCaseRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    const command: Omit<CloseLookbackCase, 'metadata'> = {
      type: 'CloseLookbackCase',
      data: { caseId, conclusion: body.conclusion },
    };
    return this.cases.execute(command, actor, request);
  }
}
