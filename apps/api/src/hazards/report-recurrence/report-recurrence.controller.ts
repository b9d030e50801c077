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
import { ReportRecurrenceCommand } from './report-recurrence.command';
import { ReportRecurrenceRequest } from './report-recurrence.request';

@ApiTags('hazards 隐患')
@ApiBearerAuth()
@Controller('hazards')
export class ReportRecurrenceController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/recurrences')
  @HttpCode(201)
  @ApiOperation({
    summary:
      '登记复发隐患（:id 为已闭环的原隐患，生成新隐患）/ Record a recurrence of closed hazard :id as a new hazard',
    description: accessNote('ReportRecurrence'),
  })
  @ApiCommandResponses(201)
  async handle(
    @Param('id') hazardId: string,
    @Body() body: ReportRecurrenceRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new ReportRecurrenceCommand(hazardId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
