import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
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
import { OpenLookbackCaseCommand } from './open-lookback-case.command';
import { OpenLookbackCaseRequest } from './open-lookback-case.request';

@ApiTags('lookback 执法责任倒查')
@ApiBearerAuth()
@Controller('lookback-cases')
export class OpenLookbackCaseController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly access: AccessRecorder,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: '倒查立案 / Open a look-back case: subject (mines, persons), scope, legal basis (investigators)',
    description: caseAccessNote('OpenLookbackCase'),
  })
  @ApiCommandResponses(201)
  async handle(
    @Body() body: OpenLookbackCaseRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new OpenLookbackCaseCommand(body, actor, request));
    // A case action, like every look-back read, is in the access log with its purpose.
    await this.access.record(actor, request, { recordType: 'lookback-case', recordIds: [result.id] });
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
