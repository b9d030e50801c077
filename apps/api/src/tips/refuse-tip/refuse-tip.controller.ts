import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { etagOf } from '../../shared/etag';
import { tipAccessNote } from '../shared/api-docs';
import { RefuseTipCommand } from './refuse-tip.command';
import { RefuseTipRequest } from './refuse-tip.request';

@ApiTags('tips 举报')
@ApiBearerAuth()
@Controller('tips')
export class RefuseTipController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/refusal')
  @HttpCode(200)
  @ApiOperation({
    summary: '不予受理 / Refuse the tip, with the reason told to the reporter',
    description: tipAccessNote('RefuseTip'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') tipId: string,
    @Body() body: RefuseTipRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new RefuseTipCommand(tipId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
