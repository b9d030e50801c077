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
import { AcceptTipCommand } from './accept-tip.command';
import { AcceptTipRequest } from './accept-tip.request';

@ApiTags('tips 举报')
@ApiBearerAuth()
@Controller('tips')
export class AcceptTipController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/acceptance')
  @HttpCode(200)
  @ApiOperation({
    summary: '受理举报 / Accept the tip (its 办结 deadline starts)',
    description: tipAccessNote('AcceptTip'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') tipId: string,
    @Body() body: AcceptTipRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new AcceptTipCommand(tipId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
