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
import { OpenTipAccountabilityCommand } from './open-tip-accountability.command';
import { OpenTipAccountabilityRequest } from './open-tip-accountability.request';

@ApiTags('tips 举报')
@ApiBearerAuth()
@Controller('tips')
export class OpenTipAccountabilityController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/accountability')
  @HttpCode(200)
  @ApiOperation({
    summary: '追责立案 / Open an accountability case against whoever hid or ignored the hazard',
    description: tipAccessNote('OpenTipAccountability'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') tipId: string,
    @Body() body: OpenTipAccountabilityRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new OpenTipAccountabilityCommand(tipId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
