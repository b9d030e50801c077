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
import { CancelHotWorkPermitCommand } from './cancel-hot-work-permit.command';
import { CancelHotWorkPermitRequest } from './cancel-hot-work-permit.request';

@ApiTags('hot-work-permits 动火作业票')
@ApiBearerAuth()
@Controller('hot-work-permits')
export class CancelHotWorkPermitController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/cancellation')
  @HttpCode(200)
  @ApiOperation({
    summary: '作废动火作业票 / Cancel a permit not yet used',
    description: permitAccessNote('CancelHotWorkPermit'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') permitId: string,
    @Body() body: CancelHotWorkPermitRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new CancelHotWorkPermitCommand(permitId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
