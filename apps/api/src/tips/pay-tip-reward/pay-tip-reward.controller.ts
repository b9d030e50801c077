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
import { PayTipRewardCommand } from './pay-tip-reward.command';
import { PayTipRewardRequest } from './pay-tip-reward.request';

@ApiTags('tips 举报')
@ApiBearerAuth()
@Controller('tips')
export class PayTipRewardController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/reward/payment')
  @HttpCode(200)
  @ApiOperation({
    summary: '兑付奖励 / Pay the decided reward (an anonymous reporter against the claim code)',
    description: tipAccessNote('PayTipReward'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') tipId: string,
    @Body() body: PayTipRewardRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new PayTipRewardCommand(tipId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
