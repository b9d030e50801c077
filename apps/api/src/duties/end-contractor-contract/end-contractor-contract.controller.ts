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
import { EndContractorContractCommand } from './end-contractor-contract.command';
import { EndContractorContractRequest } from './end-contractor-contract.request';

@ApiTags('contractors 外包单位')
@ApiBearerAuth()
@Controller('contractors')
export class EndContractorContractController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/end')
  @HttpCode(200)
  @ApiOperation({
    summary: '终止外包合同 / End a contractor’s contract',
    description: dutyAccessNote('EndContractorContract'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') id: string,
    @Body() body: EndContractorContractRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new EndContractorContractCommand(id, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
