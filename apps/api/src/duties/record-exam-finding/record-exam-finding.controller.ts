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
import { RecordExamFindingCommand } from './record-exam-finding.command';
import { RecordExamFindingRequest } from './record-exam-finding.request';

@ApiTags('exam-campaigns 体检式精查')
@ApiBearerAuth()
@Controller('exam-campaigns')
export class RecordExamFindingController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/items/:itemId/finding')
  @HttpCode(200)
  @ApiOperation({
    summary: '记录精查发现的问题 / Record an item’s finding',
    description: dutyAccessNote('RecordExamFinding'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') id: string,
    @Param('itemId') itemId: string,
    @Body() body: RecordExamFindingRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new RecordExamFindingCommand(id, itemId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
