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
import { ExamineClausesCommand } from './examine-clauses.command';
import { ExamineClausesRequest } from './examine-clauses.request';

@ApiTags('inspections 监督检查')
@ApiBearerAuth()
@Controller('inspections')
export class ExamineClausesController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/clauses')
  @HttpCode(200)
  @ApiOperation({
    summary: '记录检查条款（未发现问题）/ Record the 判定标准 clauses examined without finding',
    description: inspectionAccessNote('ExamineClauses'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') inspectionId: string,
    @Body() body: ExamineClausesRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new ExamineClausesCommand(inspectionId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
