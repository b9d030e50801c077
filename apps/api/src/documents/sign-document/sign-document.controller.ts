import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { etagOf } from '../../shared/etag';
import { SignDocumentCommand } from './sign-document.command';
import { SignDocumentRequest } from './sign-document.request';

@ApiTags('documents 执法文书')
@ApiBearerAuth()
@Controller('documents')
export class SignDocumentController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/signature')
  @HttpCode(200)
  @ApiOperation({ summary: '签发执法文书（重新输入密码）/ Sign the document (re-enter password)' })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') documentId: string,
    @Body() body: SignDocumentRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new SignDocumentCommand(documentId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
