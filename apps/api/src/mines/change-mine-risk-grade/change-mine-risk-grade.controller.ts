import { Body, Controller, HttpCode, Post, Param, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { etagOf } from '../../shared/etag';
import { ChangeMineRiskGradeCommand } from './change-mine-risk-grade.command';
import { ChangeMineRiskGradeRequest } from './change-mine-risk-grade.request';

@ApiTags('mines 矿山')
@ApiBearerAuth()
@Controller('mines')
export class ChangeMineRiskGradeController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/risk-grade')
  @HttpCode(200)
  @ApiOperation({ summary: '变更安全风险等级 / Change the A–D risk grade' })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') mineId: string,
    @Body() body: ChangeMineRiskGradeRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new ChangeMineRiskGradeCommand(mineId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
