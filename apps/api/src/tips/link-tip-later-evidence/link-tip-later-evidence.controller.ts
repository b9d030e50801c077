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
import { LinkTipLaterEvidenceCommand } from './link-tip-later-evidence.command';
import { LinkTipLaterEvidenceRequest } from './link-tip-later-evidence.request';

@ApiTags('tips 举报')
@ApiBearerAuth()
@Controller('tips')
export class LinkTipLaterEvidenceController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/later-evidence')
  @HttpCode(200)
  @ApiOperation({
    summary: '关联后续证据 / Link a later inspection, accident or hazard that proves a tip closed 不属实 true',
    description: tipAccessNote('LinkTipLaterEvidence'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') tipId: string,
    @Body() body: LinkTipLaterEvidenceRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new LinkTipLaterEvidenceCommand(tipId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
