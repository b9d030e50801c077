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
import { AmendHazardLocationCommand } from './amend-hazard-location.command';
import { AmendHazardLocationRequest } from './amend-hazard-location.request';

@ApiTags('hazards 隐患')
@ApiBearerAuth()
@Controller('hazards')
export class AmendHazardLocationController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/location-amendment')
  @HttpCode(200)
  @ApiOperation({ summary: '修改隐患地点（留痕）/ Amend the location', description: accessNote('AmendHazardLocation') })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') hazardId: string,
    @Body() body: AmendHazardLocationRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new AmendHazardLocationCommand(hazardId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
