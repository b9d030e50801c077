import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { etagOf } from '../../shared/etag';
import { accessNote } from '../shared/api-docs';
import { ApproveVoidCommand } from './approve-void.command';
import { ApproveVoidRequest } from './approve-void.request';

@ApiTags('hazards 隐患')
@ApiBearerAuth()
@Controller('hazards')
export class ApproveVoidController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/void-approval')
  @HttpCode(200)
  @ApiOperation({
    summary: '批准作废重大隐患 / Approve the void of a major hazard (a second leader)',
    description: accessNote('ApproveVoid'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') hazardId: string,
    @Body() body: ApproveVoidRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new ApproveVoidCommand(hazardId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
