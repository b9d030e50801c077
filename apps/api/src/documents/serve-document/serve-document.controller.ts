import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { etagOf } from '../../shared/etag';
import { ServeDocumentCommand } from './serve-document.command';
import { ServeDocumentRequest } from './serve-document.request';

@ApiTags('documents 执法文书')
@ApiBearerAuth()
@Controller('documents')
export class ServeDocumentController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/service')
  @HttpCode(200)
  @ApiOperation({ summary: '送达 / Record how, to whom and when the document was served' })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') documentId: string,
    @Body() body: ServeDocumentRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new ServeDocumentCommand(documentId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
