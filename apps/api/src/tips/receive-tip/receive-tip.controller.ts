import { Body, Controller, Header, HttpCode, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { etagOf } from '../../shared/etag';
import { tipAccessNote } from '../shared/api-docs';
import { ReceiveTipCommand, TipReceiptAccepted } from './receive-tip.command';
import { ReceiveTipRequest } from './receive-tip.request';

@ApiTags('tips 举报')
@ApiBearerAuth()
@Controller('tips')
export class ReceiveTipController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      '登记举报 / Receive a tip: numbered, the reporter’s identity sealed in the vault, a claim code issued once',
    description: `${tipAccessNote('ReceiveTip')} 应答含举报编号与约定密码（仅此一次）/ the answer carries the tip number and the claim code, shown this once.`,
  })
  @ApiCommandResponses(201)
  async handle(
    @Body() body: ReceiveTipRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TipReceiptAccepted> {
    const result = await this.commandBus.execute(new ReceiveTipCommand(body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
