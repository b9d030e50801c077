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
import { AmendHazardDescriptionCommand } from './amend-hazard-description.command';
import { AmendHazardDescriptionRequest } from './amend-hazard-description.request';

@ApiTags('hazards 隐患')
@ApiBearerAuth()
@Controller('hazards')
export class AmendHazardDescriptionController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/description-amendment')
  @HttpCode(200)
  @ApiOperation({
    summary: '修改隐患描述（留痕）/ Amend the description',
    description: accessNote('AmendHazardDescription'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') hazardId: string,
    @Body() body: AmendHazardDescriptionRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new AmendHazardDescriptionCommand(hazardId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
