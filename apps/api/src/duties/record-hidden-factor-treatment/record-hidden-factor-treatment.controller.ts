import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { etagOf } from '../../shared/etag';
import { dutyAccessNote } from '../shared/api-docs';
import { RecordHiddenFactorTreatmentCommand } from './record-hidden-factor-treatment.command';
import { RecordHiddenFactorTreatmentRequest } from './record-hidden-factor-treatment.request';

@ApiTags('hidden-factors 隐蔽致灾因素普查')
@ApiBearerAuth()
@Controller('hidden-factors')
export class RecordHiddenFactorTreatmentController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/treatment')
  @HttpCode(200)
  @ApiOperation({
    summary: '治理进展 / Record treatment (in treatment, treated)',
    description: dutyAccessNote('RecordHiddenFactorTreatment'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') id: string,
    @Body() body: RecordHiddenFactorTreatmentRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new RecordHiddenFactorTreatmentCommand(id, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
