import { Body, Controller, HttpCode, Post, Param, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { etagOf } from '../../shared/etag';
import { ResumeMineProductionCommand } from './resume-mine-production.command';
import { ResumeMineProductionRequest } from './resume-mine-production.request';

@ApiTags('mines 矿山')
@ApiBearerAuth()
@Controller('mines')
export class ResumeMineProductionController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/resumption')
  @HttpCode(200)
  @ApiOperation({ summary: '批准恢复生产 / Record the approved resumption of production' })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') mineId: string,
    @Body() body: ResumeMineProductionRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new ResumeMineProductionCommand(mineId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
