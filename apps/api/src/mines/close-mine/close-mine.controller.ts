import { Body, Controller, HttpCode, Post, Param, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { etagOf } from '../../shared/etag';
import { CloseMineCommand } from './close-mine.command';
import { CloseMineRequest } from './close-mine.request';

@ApiTags('mines 矿山')
@ApiBearerAuth()
@Controller('mines')
export class CloseMineController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/closure')
  @HttpCode(200)
  @ApiOperation({ summary: '关闭矿山 / Record the closure of a mine' })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') mineId: string,
    @Body() body: CloseMineRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new CloseMineCommand(mineId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
