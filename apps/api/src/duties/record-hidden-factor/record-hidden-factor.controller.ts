import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { etagOf } from '../../shared/etag';
import { dutyAccessNote } from '../shared/api-docs';
import { RecordHiddenFactorCommand } from './record-hidden-factor.command';
import { RecordHiddenFactorRequest } from './record-hidden-factor.request';

@ApiTags('hidden-factors 隐蔽致灾因素普查')
@ApiBearerAuth()
@Controller('hidden-factors')
export class RecordHiddenFactorController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: '登记隐蔽致灾因素 / Record a hidden factor of the census',
    description: dutyAccessNote('RecordHiddenFactor'),
  })
  @ApiCommandResponses(201)
  async handle(
    @Body() body: RecordHiddenFactorRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new RecordHiddenFactorCommand(body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
