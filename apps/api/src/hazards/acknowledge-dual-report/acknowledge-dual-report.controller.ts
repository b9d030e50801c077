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
import { AcknowledgeDualReportCommand } from './acknowledge-dual-report.command';
import { AcknowledgeDualReportRequest } from './acknowledge-dual-report.request';

@ApiTags('hazards 隐患')
@ApiBearerAuth()
@Controller('hazards')
export class AcknowledgeDualReportController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/dual-report-receipts')
  @HttpCode(200)
  @ApiOperation({
    summary: '签收重大隐患报告 / Acknowledge a major-hazard report',
    description: accessNote('AcknowledgeDualReport'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') hazardId: string,
    @Body() body: AcknowledgeDualReportRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new AcknowledgeDualReportCommand(hazardId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
