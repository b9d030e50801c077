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
import { ChangeHazardGradeCommand } from './change-hazard-grade.command';
import { ChangeHazardGradeRequest } from './change-hazard-grade.request';

@ApiTags('hazards 隐患')
@ApiBearerAuth()
@Controller('hazards')
export class ChangeHazardGradeController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/grade-change')
  @HttpCode(200)
  @ApiOperation({ summary: '调整隐患等级 / Change the grade', description: accessNote('ChangeHazardGrade') })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') hazardId: string,
    @Body() body: ChangeHazardGradeRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new ChangeHazardGradeCommand(hazardId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
