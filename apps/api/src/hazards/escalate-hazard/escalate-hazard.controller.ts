import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { etagOf } from '../../shared/etag';
import { accessNote } from '../shared/api-docs';
import { EscalateHazardCommand } from './escalate-hazard.command';
import { EscalateHazardRequest } from './escalate-hazard.request';

@ApiTags('hazards 隐患')
@ApiBearerAuth()
@Controller('hazards')
export class EscalateHazardController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/escalation')
  @HttpCode(200)
  @ApiOperation({
    summary: '移交处罚或提请关闭 / Escalate to penalty or closure',
    description: accessNote('EscalateHazard'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') hazardId: string,
    @Body() body: EscalateHazardRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new EscalateHazardCommand(hazardId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
