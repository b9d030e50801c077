import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../../shared/api-command-responses';
import { CommandAccepted } from '../../../shared/command-gateway';
import { etagOf } from '../../../shared/etag';
import { AccessRecorder } from '../../../reads/record-access';
import { caseAccessNote } from '../shared/existing-lookback-case';
import { CloseLookbackCaseCommand } from './close-lookback-case.command';
import { CloseLookbackCaseRequest } from './close-lookback-case.request';

@ApiTags('lookback 执法责任倒查')
@ApiBearerAuth()
@Controller('lookback-cases')
export class CloseLookbackCaseController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly access: AccessRecorder,
  ) {}

  @Post(':caseId/closure')
  @HttpCode(200)
  @ApiOperation({
    summary: '倒查结案 / Close a look-back case with its conclusion (investigators)',
    description: caseAccessNote('CloseLookbackCase'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('caseId') caseId: string,
    @Body() body: CloseLookbackCaseRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new CloseLookbackCaseCommand(caseId, body, actor, request));
    await this.access.record(actor, request, { recordType: 'lookback-case', recordIds: [caseId] });
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
