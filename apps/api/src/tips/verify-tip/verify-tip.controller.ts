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
import { VerifyTipCommand } from './verify-tip.command';
import { VerifyTipRequest } from './verify-tip.request';

@ApiTags('tips 举报')
@ApiBearerAuth()
@Controller('tips')
export class VerifyTipController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/verification')
  @HttpCode(200)
  @ApiOperation({
    summary: '核实 / Record the verification: the inspection that checked it and the finding (属实/部分属实/不属实)',
    description: tipAccessNote('VerifyTip'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') tipId: string,
    @Body() body: VerifyTipRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new VerifyTipCommand(tipId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
