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
import { DetermineMajorHazardCommand } from './determine-major-hazard.command';
import { DetermineMajorHazardRequest } from './determine-major-hazard.request';

@ApiTags('hazards 隐患')
@ApiBearerAuth()
@Controller('hazards')
export class DetermineMajorHazardController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/major-determination')
  @HttpCode(200)
  @ApiOperation({
    summary: '判定为重大事故隐患 / Determine a major hazard',
    description: accessNote('DetermineMajorHazard', true),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') hazardId: string,
    @Body() body: DetermineMajorHazardRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new DetermineMajorHazardCommand(hazardId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
