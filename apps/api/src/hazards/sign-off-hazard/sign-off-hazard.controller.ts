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
import { SignOffHazardCommand } from './sign-off-hazard.command';
import { SignOffHazardRequest } from './sign-off-hazard.request';

@ApiTags('hazards 隐患')
@ApiBearerAuth()
@Controller('hazards')
export class SignOffHazardController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/sign-off')
  @HttpCode(200)
  @ApiOperation({ summary: '核销（销号）/ Sign the hazard off', description: accessNote('SignOffHazard', true) })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') hazardId: string,
    @Body() body: SignOffHazardRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new SignOffHazardCommand(hazardId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
