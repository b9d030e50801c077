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
import { AssignTipCommand } from './assign-tip.command';
import { AssignTipRequest } from './assign-tip.request';

@ApiTags('tips 举报')
@ApiBearerAuth()
@Controller('tips')
export class AssignTipController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/assignment')
  @HttpCode(200)
  @ApiOperation({
    summary: '交办 / Assign the tip to a regulator of its jurisdiction, who verifies, handles and answers it',
    description: tipAccessNote('AssignTip'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') tipId: string,
    @Body() body: AssignTipRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new AssignTipCommand(tipId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
