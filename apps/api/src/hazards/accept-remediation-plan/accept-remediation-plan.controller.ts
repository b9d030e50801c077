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
import { AcceptRemediationPlanCommand } from './accept-remediation-plan.command';
import { AcceptRemediationPlanRequest } from './accept-remediation-plan.request';

@ApiTags('hazards 隐患')
@ApiBearerAuth()
@Controller('hazards')
export class AcceptRemediationPlanController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/remediation-plan-acceptance')
  @HttpCode(200)
  @ApiOperation({
    summary: '同意治理方案 / Accept the remediation plan',
    description: accessNote('AcceptRemediationPlan'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') hazardId: string,
    @Body() body: AcceptRemediationPlanRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new AcceptRemediationPlanCommand(hazardId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
