import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { etagOf } from '../../shared/etag';
import { ApproveEnforcementPlanCommand } from './approve-enforcement-plan.command';
import { ApproveEnforcementPlanRequest } from './approve-enforcement-plan.request';

@ApiTags('enforcement-plans 执法计划')
@ApiBearerAuth()
@Controller('enforcement-plans')
export class ApproveEnforcementPlanController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/approval')
  @HttpCode(200)
  @ApiOperation({ summary: '审批或备案执法计划 / Approve or file the plan (a leader, not its drafter)' })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') planId: string,
    @Body() body: ApproveEnforcementPlanRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new ApproveEnforcementPlanCommand(planId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
