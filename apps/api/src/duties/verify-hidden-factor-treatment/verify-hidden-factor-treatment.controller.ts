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
import { NoteRequest } from '../shared/duty-dto';
import { VerifyHiddenFactorTreatmentCommand } from './verify-hidden-factor-treatment.command';

@ApiTags('hidden-factors 隐蔽致灾因素普查')
@ApiBearerAuth()
@Controller('hidden-factors')
export class VerifyHiddenFactorTreatmentController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/verification')
  @HttpCode(200)
  @ApiOperation({
    summary: '治理验收 / Verify the treatment (needs cross-validation)',
    description: dutyAccessNote('VerifyHiddenFactorTreatment'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') id: string,
    @Body() body: NoteRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new VerifyHiddenFactorTreatmentCommand(id, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
