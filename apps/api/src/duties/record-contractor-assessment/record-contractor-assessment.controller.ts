import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { etagOf } from '../../shared/etag';
import { dutyAccessNote } from '../shared/api-docs';
import { RecordContractorAssessmentCommand } from './record-contractor-assessment.command';
import { RecordContractorAssessmentRequest } from './record-contractor-assessment.request';

@ApiTags('contractors 外包单位')
@ApiBearerAuth()
@Controller('contractors')
export class RecordContractorAssessmentController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/assessments')
  @HttpCode(200)
  @ApiOperation({
    summary: '月度绩效考核 / Record a contractor’s monthly assessment',
    description: dutyAccessNote('RecordContractorAssessment'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') id: string,
    @Body() body: RecordContractorAssessmentRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new RecordContractorAssessmentCommand(id, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
