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
import { RecordSafetyFundsCommand } from './record-safety-funds.command';
import { RecordSafetyFundsRequest } from './record-safety-funds.request';

@ApiTags('enterprise-files 一企一档')
@ApiBearerAuth()
@Controller('enterprise-files/:mineId')
export class RecordSafetyFundsController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('safety-funds')
  @HttpCode(200)
  @ApiOperation({
    summary: '安全生产费用提取/使用 / Record a year’s safety funds drawn and used',
    description: dutyAccessNote('RecordSafetyFunds'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('mineId') mineId: string,
    @Body() body: RecordSafetyFundsRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new RecordSafetyFundsCommand(mineId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
