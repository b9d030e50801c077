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
import { ReturnRemediationPlanCommand } from './return-remediation-plan.command';
import { ReturnRemediationPlanRequest } from './return-remediation-plan.request';

@ApiTags('hazards 隐患')
@ApiBearerAuth()
@Controller('hazards')
export class ReturnRemediationPlanController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/remediation-plan-return')
  @HttpCode(200)
  @ApiOperation({
    summary: '退回治理方案 / Return the remediation plan',
    description: accessNote('ReturnRemediationPlan'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') hazardId: string,
    @Body() body: ReturnRemediationPlanRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new ReturnRemediationPlanCommand(hazardId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
