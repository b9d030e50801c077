import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { etagOf } from '../../shared/etag';
import { ReviewDocumentCommand } from './review-document.command';
import { ReviewDocumentRequest } from './review-document.request';

@ApiTags('documents 执法文书')
@ApiBearerAuth()
@Controller('documents')
export class ReviewDocumentController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/legal-review')
  @HttpCode(200)
  @ApiOperation({ summary: '法制审核 / Legal review of the current version' })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') documentId: string,
    @Body() body: ReviewDocumentRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new ReviewDocumentCommand(documentId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
