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
import { DecideTipRewardCommand } from './decide-tip-reward.command';
import { DecideTipRewardRequest } from './decide-tip-reward.request';

@ApiTags('tips 举报')
@ApiBearerAuth()
@Controller('tips')
export class DecideTipRewardController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/reward')
  @HttpCode(200)
  @ApiOperation({
    summary: '决定奖励 / Decide the reward: the level’s share of the linked fine, within the policy’s floor and cap',
    description: tipAccessNote('DecideTipReward'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') tipId: string,
    @Body() body: DecideTipRewardRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new DecideTipRewardCommand(tipId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
