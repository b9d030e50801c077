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
import { RecordKnowledgeTestCommand } from './record-knowledge-test.command';
import { RecordKnowledgeTestRequest } from './record-knowledge-test.request';

@ApiTags('inspections 监督检查')
@ApiBearerAuth()
@Controller('inspections')
export class RecordKnowledgeTestController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/knowledge-tests')
  @HttpCode(200)
  @ApiOperation({
    summary: '逢查必考 / Record the people examined and their scores',
    description: inspectionAccessNote('RecordKnowledgeTest'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') inspectionId: string,
    @Body() body: RecordKnowledgeTestRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new RecordKnowledgeTestCommand(inspectionId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
