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
import { ExtendTipDeadlineCommand } from './extend-tip-deadline.command';
import { ExtendTipDeadlineRequest } from './extend-tip-deadline.request';

@ApiTags('tips 举报')
@ApiBearerAuth()
@Controller('tips')
export class ExtendTipDeadlineController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/extension')
  @HttpCode(200)
  @ApiOperation({
    summary: '延长办理期限 / Extend the 办结 deadline once (next level, with a reason)',
    description: tipAccessNote('ExtendTipDeadline'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') tipId: string,
    @Body() body: ExtendTipDeadlineRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new ExtendTipDeadlineCommand(tipId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
