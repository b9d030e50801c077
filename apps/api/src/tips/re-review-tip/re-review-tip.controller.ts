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
import { ReReviewTipCommand } from './re-review-tip.command';
import { ReReviewTipRequest } from './re-review-tip.request';

@ApiTags('tips 举报')
@ApiBearerAuth()
@Controller('tips')
export class ReReviewTipController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/re-review')
  @HttpCode(200)
  @ApiOperation({
    summary: '复查 / Re-review after an objection (a leader who took no part)',
    description: tipAccessNote('ReReviewTip'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') tipId: string,
    @Body() body: ReReviewTipRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new ReReviewTipCommand(tipId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
