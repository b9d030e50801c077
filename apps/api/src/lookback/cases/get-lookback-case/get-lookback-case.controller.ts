import { Controller, Get, Header, Param, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { assertLookBackRole } from '../../../audit/audit-roles';
import { AccessRecorder } from '../../../reads/record-access';
import { LookbackCases } from '../lookback-cases';

@ApiTags('lookback 执法责任倒查')
@ApiBearerAuth()
@Controller('lookback-cases')
export class GetLookbackCaseController {
  constructor(
    private readonly cases: LookbackCases,
    private readonly access: AccessRecorder,
  ) {}

  @Get(':caseId')
  @ApiOperation({ summary: '倒查案件 / A look-back case: subject, who opened it when, queries run, frozen answers' })
  async get(@Param('caseId') caseId: string, @CurrentActor() actor: Actor, @Req() request: Request) {
    assertLookBackRole(actor);
    const state = await this.cases.load(caseId);
    await this.access.record(actor, request, { recordType: 'lookback-case', recordIds: [caseId] });
    return state;
  }

  @Get(':caseId/answers/:digest')
  @Header('Content-Type', 'application/json; charset=utf-8')
  @ApiOperation({
    summary: '冻结的倒查结果 / A frozen answer, byte for byte as it was frozen (its SM3 digest is the key)',
  })
  async answer(
    @Param('caseId') caseId: string,
    @Param('digest') digest: string,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    assertLookBackRole(actor);
    const body = await this.cases.frozen(caseId, digest);
    await this.access.record(actor, request, { recordType: 'lookback-case', recordIds: [caseId, digest] });
    return body;
  }
}
