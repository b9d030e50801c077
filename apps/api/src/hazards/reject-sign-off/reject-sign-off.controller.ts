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
import { RejectSignOffCommand } from './reject-sign-off.command';
import { RejectSignOffRequest } from './reject-sign-off.request';

@ApiTags('hazards 隐患')
@ApiBearerAuth()
@Controller('hazards')
export class RejectSignOffController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/sign-off-rejection')
  @HttpCode(200)
  @ApiOperation({ summary: '不予销号 / Reject the sign-off', description: accessNote('RejectSignOff') })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') hazardId: string,
    @Body() body: RejectSignOffRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new RejectSignOffCommand(hazardId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
