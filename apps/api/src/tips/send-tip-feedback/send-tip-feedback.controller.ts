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
import { SendTipFeedbackCommand } from './send-tip-feedback.command';
import { SendTipFeedbackRequest } from './send-tip-feedback.request';

@ApiTags('tips 举报')
@ApiBearerAuth()
@Controller('tips')
export class SendTipFeedbackController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/feedback')
  @HttpCode(200)
  @ApiOperation({
    summary: '向举报人反馈 / Send the reporter the 核查结论, 简要核查情况, 处理决定 and whether a reward applies',
    description: tipAccessNote('SendTipFeedback'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') tipId: string,
    @Body() body: SendTipFeedbackRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new SendTipFeedbackCommand(tipId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
