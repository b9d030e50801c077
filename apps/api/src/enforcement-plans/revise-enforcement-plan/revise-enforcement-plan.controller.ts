import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { etagOf } from '../../shared/etag';
import { ReviseEnforcementPlanCommand } from './revise-enforcement-plan.command';
import { ReviseEnforcementPlanRequest } from './revise-enforcement-plan.request';

@ApiTags('enforcement-plans 执法计划')
@ApiBearerAuth()
@Controller('enforcement-plans')
export class ReviseEnforcementPlanController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/revision')
  @HttpCode(200)
  @ApiOperation({ summary: '修订执法计划草案 / Revise the draft plan (before approval)' })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') planId: string,
    @Body() body: ReviseEnforcementPlanRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new ReviseEnforcementPlanCommand(planId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
