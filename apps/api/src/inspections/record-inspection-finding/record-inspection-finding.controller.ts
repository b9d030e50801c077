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
import { RecordInspectionFindingCommand } from './record-inspection-finding.command';
import { RecordInspectionFindingRequest } from './record-inspection-finding.request';

@ApiTags('inspections 监督检查')
@ApiBearerAuth()
@Controller('inspections')
export class RecordInspectionFindingController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/findings')
  @HttpCode(201)
  @ApiOperation({
    summary: '检查发现隐患 / Record a finding: discovers the hazard, linked both ways',
    description: inspectionAccessNote('RecordInspectionFinding'),
  })
  @ApiCommandResponses(201)
  async handle(
    @Param('id') inspectionId: string,
    @Body() body: RecordInspectionFindingRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(
      new RecordInspectionFindingCommand(inspectionId, body, actor, request),
    );
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
