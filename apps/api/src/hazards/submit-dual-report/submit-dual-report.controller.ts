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
import { SubmitDualReportCommand } from './submit-dual-report.command';
import { SubmitDualReportRequest } from './submit-dual-report.request';

@ApiTags('hazards 隐患')
@ApiBearerAuth()
@Controller('hazards')
export class SubmitDualReportController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/dual-reports')
  @HttpCode(200)
  @ApiOperation({
    summary: '报送重大隐患报告（双报告）/ Submit a major-hazard report (dual report)',
    description: accessNote('SubmitDualReport', true),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') hazardId: string,
    @Body() body: SubmitDualReportRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new SubmitDualReportCommand(hazardId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
