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
import { RectifyOnSpotCommand } from './rectify-on-spot.command';
import { RectifyOnSpotRequest } from './rectify-on-spot.request';

@ApiTags('hazards 隐患')
@ApiBearerAuth()
@Controller('hazards')
export class RectifyOnSpotController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/on-spot-rectification')
  @HttpCode(200)
  @ApiOperation({ summary: '立即整改 / Rectify on the spot', description: accessNote('RectifyOnSpot', true) })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') hazardId: string,
    @Body() body: RectifyOnSpotRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new RectifyOnSpotCommand(hazardId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
