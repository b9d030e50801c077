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
import { AttachInspectionMediaCommand } from './attach-inspection-media.command';
import { AttachInspectionMediaRequest } from './attach-inspection-media.request';

@ApiTags('inspections 监督检查')
@ApiBearerAuth()
@Controller('inspections')
export class AttachInspectionMediaController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/media')
  @HttpCode(200)
  @ApiOperation({
    summary: '登记执法记录仪音视频 / Attach 执法记录仪 media (ids and SM3 hashes)',
    description: inspectionAccessNote('AttachInspectionMedia'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') inspectionId: string,
    @Body() body: AttachInspectionMediaRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new AttachInspectionMediaCommand(inspectionId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
