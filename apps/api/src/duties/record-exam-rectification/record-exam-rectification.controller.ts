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
import { RecordExamRectificationCommand } from './record-exam-rectification.command';
import { RecordExamRectificationRequest } from './record-exam-rectification.request';

@ApiTags('exam-campaigns 体检式精查')
@ApiBearerAuth()
@Controller('exam-campaigns')
export class RecordExamRectificationController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/items/:itemId/rectification')
  @HttpCode(200)
  @ApiOperation({
    summary: '企业整改 / Record the mine’s rectification of an item',
    description: dutyAccessNote('RecordExamRectification'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') id: string,
    @Param('itemId') itemId: string,
    @Body() body: RecordExamRectificationRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new RecordExamRectificationCommand(id, itemId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
