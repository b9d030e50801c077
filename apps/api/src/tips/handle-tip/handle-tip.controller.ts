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
import { HandleTipCommand } from './handle-tip.command';
import { HandleTipRequest } from './handle-tip.request';

@ApiTags('tips 举报')
@ApiBearerAuth()
@Controller('tips')
export class HandleTipController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/handling')
  @HttpCode(200)
  @ApiOperation({
    summary: '办理 / Record what was done: hazards, documents and penalties linked (the fine is the penalties’ own)',
    description: tipAccessNote('HandleTip'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') tipId: string,
    @Body() body: HandleTipRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new HandleTipCommand(tipId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
