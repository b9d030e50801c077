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
import { ListForSupervisionCommand } from './list-for-supervision.command';
import { ListForSupervisionRequest } from './list-for-supervision.request';

@ApiTags('hazards 隐患')
@ApiBearerAuth()
@Controller('hazards')
export class ListForSupervisionController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/supervision-listing')
  @HttpCode(200)
  @ApiOperation({ summary: '挂牌督办 / List for supervision', description: accessNote('ListForSupervision') })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') hazardId: string,
    @Body() body: ListForSupervisionRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new ListForSupervisionCommand(hazardId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
