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
import { SuspendProductionCommand } from './suspend-production.command';
import { SuspendProductionRequest } from './suspend-production.request';

@ApiTags('hazards 隐患')
@ApiBearerAuth()
@Controller('hazards')
export class SuspendProductionController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/suspension')
  @HttpCode(200)
  @ApiOperation({
    summary: '停产（企业自行或监管责令）/ Suspend production',
    description: accessNote('SuspendProduction'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') hazardId: string,
    @Body() body: SuspendProductionRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new SuspendProductionCommand(hazardId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
