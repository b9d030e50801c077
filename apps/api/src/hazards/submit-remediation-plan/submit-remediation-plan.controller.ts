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
import { SubmitRemediationPlanCommand } from './submit-remediation-plan.command';
import { SubmitRemediationPlanRequest } from './submit-remediation-plan.request';

@ApiTags('hazards 隐患')
@ApiBearerAuth()
@Controller('hazards')
export class SubmitRemediationPlanController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/remediation-plans')
  @HttpCode(200)
  @ApiOperation({
    summary: '提交治理方案（五落实）/ Submit a remediation plan',
    description: accessNote('SubmitRemediationPlan'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') hazardId: string,
    @Body() body: SubmitRemediationPlanRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new SubmitRemediationPlanCommand(hazardId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
