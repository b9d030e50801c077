import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { etagOf } from '../../shared/etag';
import { permitAccessNote } from '../shared/existing-permit';
import { StartHotWorkCommand } from './start-hot-work.command';
import { StartHotWorkRequest } from './start-hot-work.request';

@ApiTags('hot-work-permits 动火作业票')
@ApiBearerAuth()
@Controller('hot-work-permits')
export class StartHotWorkController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/start')
  @HttpCode(200)
  @ApiOperation({
    summary: '开始动火作业（仅限有效期内）/ Start the work (only inside the permit window)',
    description: permitAccessNote('StartHotWork'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') permitId: string,
    @Body() body: StartHotWorkRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new StartHotWorkCommand(permitId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
