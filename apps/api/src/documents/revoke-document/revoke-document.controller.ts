import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { etagOf } from '../../shared/etag';
import { RevokeDocumentCommand } from './revoke-document.command';
import { RevokeDocumentRequest } from './revoke-document.request';

@ApiTags('documents 执法文书')
@ApiBearerAuth()
@Controller('documents')
export class RevokeDocumentController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/revocation')
  @HttpCode(200)
  @ApiOperation({ summary: '撤销或更正执法文书（领导）/ Revoke or correct the document (leader)' })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') documentId: string,
    @Body() body: RevokeDocumentRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new RevokeDocumentCommand(documentId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
