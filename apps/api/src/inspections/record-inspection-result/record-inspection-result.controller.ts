import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { etagOf } from '../../shared/etag';
import { inspectionAccessNote } from '../shared/api-docs';
import { RecordInspectionResultCommand } from './record-inspection-result.command';
import { RecordInspectionResultRequest } from './record-inspection-result.request';

@ApiTags('inspections 监督检查')
@ApiBearerAuth()
@Controller('inspections')
export class RecordInspectionResultController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/result')
  @HttpCode(200)
  @ApiOperation({
    summary: '记录检查结论 / Record the overall result (changing it voids the signatures collected)',
    description: inspectionAccessNote('RecordInspectionResult'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') inspectionId: string,
    @Body() body: RecordInspectionResultRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new RecordInspectionResultCommand(inspectionId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
