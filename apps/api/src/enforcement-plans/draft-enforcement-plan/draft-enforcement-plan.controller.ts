import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { etagOf } from '../../shared/etag';
import { DraftEnforcementPlanCommand } from './draft-enforcement-plan.command';
import { DraftEnforcementPlanRequest } from './draft-enforcement-plan.request';

@ApiTags('enforcement-plans 执法计划')
@ApiBearerAuth()
@Controller('enforcement-plans')
export class DraftEnforcementPlanController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: '编制年度执法计划 / Draft the annual enforcement plan',
    description: '每矿计划现场检查次数不超过现行政策上限（矿安〔2025〕14号：12 次/年）/ never above the cap in force',
  })
  @ApiCommandResponses(201)
  async handle(
    @Body() body: DraftEnforcementPlanRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new DraftEnforcementPlanCommand(body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
