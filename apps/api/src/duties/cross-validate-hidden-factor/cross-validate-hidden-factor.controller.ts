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
import { CrossValidateHiddenFactorCommand } from './cross-validate-hidden-factor.command';
import { CrossValidateHiddenFactorRequest } from './cross-validate-hidden-factor.request';

@ApiTags('hidden-factors 隐蔽致灾因素普查')
@ApiBearerAuth()
@Controller('hidden-factors')
export class CrossValidateHiddenFactorController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/cross-validations')
  @HttpCode(200)
  @ApiOperation({
    summary: '相互验证 / Cross-validate with a second method',
    description: dutyAccessNote('CrossValidateHiddenFactor'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') id: string,
    @Body() body: CrossValidateHiddenFactorRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new CrossValidateHiddenFactorCommand(id, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
