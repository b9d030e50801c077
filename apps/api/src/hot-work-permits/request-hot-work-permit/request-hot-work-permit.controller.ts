import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { etagOf } from '../../shared/etag';
import { permitAccessNote } from '../shared/existing-permit';
import { RequestHotWorkPermitCommand } from './request-hot-work-permit.command';
import { RequestHotWorkPermitRequest } from './request-hot-work-permit.request';

@ApiTags('hot-work-permits 动火作业票')
@ApiBearerAuth()
@Controller('hot-work-permits')
export class RequestHotWorkPermitController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: '申请动火作业票（一项作业一张票）/ Request a hot-work permit (one job, one permit)',
    description: permitAccessNote('RequestHotWorkPermit'),
  })
  @ApiCommandResponses(201)
  async handle(
    @Body() body: RequestHotWorkPermitRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new RequestHotWorkPermitCommand(body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
