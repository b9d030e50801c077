import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { etagOf } from '../../shared/etag';
import { dutyAccessNote } from '../shared/api-docs';
import { LaunchExamCampaignCommand } from './launch-exam-campaign.command';
import { LaunchExamCampaignRequest } from './launch-exam-campaign.request';

@ApiTags('exam-campaigns 体检式精查')
@ApiBearerAuth()
@Controller('exam-campaigns')
export class LaunchExamCampaignController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: '启动体检式精查 / Launch a mine’s 体检式精查 with its items, owners and deadlines',
    description: dutyAccessNote('LaunchExamCampaign'),
  })
  @ApiCommandResponses(201)
  async handle(
    @Body() body: LaunchExamCampaignRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new LaunchExamCampaignCommand(body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
