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
import { RecordTipObjectionCommand } from './record-tip-objection.command';
import { RecordTipObjectionRequest } from './record-tip-objection.request';

@ApiTags('tips 举报')
@ApiBearerAuth()
@Controller('tips')
export class RecordTipObjectionController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/objections')
  @HttpCode(200)
  @ApiOperation({
    summary: '登记异议 / Record the reporter’s objection (within the policy window)',
    description: tipAccessNote('RecordTipObjection'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') tipId: string,
    @Body() body: RecordTipObjectionRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new RecordTipObjectionCommand(tipId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
