import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { etagOf } from '../../shared/etag';
import { permitAccessNote } from '../shared/existing-permit';
import { ApproveHotWorkPermitCommand } from './approve-hot-work-permit.command';
import { ApproveHotWorkPermitRequest } from './approve-hot-work-permit.request';

@ApiTags('hot-work-permits 动火作业票')
@ApiBearerAuth()
@Controller('hot-work-permits')
export class ApproveHotWorkPermitController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/approval')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '审批动火作业票（审批人不得为申请人，有效期结束后不得审批）/ Approve a permit (never by its requester, never after its window)',
    description: permitAccessNote('ApproveHotWorkPermit', true),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') permitId: string,
    @Body() body: ApproveHotWorkPermitRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new ApproveHotWorkPermitCommand(permitId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
