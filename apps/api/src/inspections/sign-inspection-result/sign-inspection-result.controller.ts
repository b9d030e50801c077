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
import { SignInspectionResultCommand } from './sign-inspection-result.command';
import { SignInspectionResultRequest } from './sign-inspection-result.request';

@ApiTags('inspections 监督检查')
@ApiBearerAuth()
@Controller('inspections')
export class SignInspectionResultController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/signatures')
  @HttpCode(200)
  @ApiOperation({
    summary: '检查组成员签名 / A team member signs the result',
    description: inspectionAccessNote('SignInspectionResult', true),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') inspectionId: string,
    @Body() body: SignInspectionResultRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new SignInspectionResultCommand(inspectionId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
