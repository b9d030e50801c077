import { Body, Controller, HttpCode, Post, Param, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { etagOf } from '../../shared/etag';
import { ChangeMineResponsiblePersonsCommand } from './change-mine-responsible-persons.command';
import { ChangeMineResponsiblePersonsRequest } from './change-mine-responsible-persons.request';

@ApiTags('mines 矿山')
@ApiBearerAuth()
@Controller('mines')
export class ChangeMineResponsiblePersonsController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/responsible-persons')
  @HttpCode(200)
  @ApiOperation({ summary: '变更主要负责人及相关负责人 / Change the principal and responsible persons' })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') mineId: string,
    @Body() body: ChangeMineResponsiblePersonsRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new ChangeMineResponsiblePersonsCommand(mineId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
