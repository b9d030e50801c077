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
import { ReasonRequest } from '../shared/duty-dto';
import { RemoveSafetyEngineerCommand } from './remove-safety-engineer.command';

@ApiTags('enterprise-files 一企一档')
@ApiBearerAuth()
@Controller('enterprise-files/:mineId')
export class RemoveSafetyEngineerController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('engineers/:registrationNo/removal')
  @HttpCode(200)
  @ApiOperation({
    summary: '注册安全工程师出档 / Remove a registered safety engineer',
    description: dutyAccessNote('RemoveSafetyEngineer'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('mineId') mineId: string,
    @Param('registrationNo') registrationNo: string,
    @Body() body: ReasonRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(
      new RemoveSafetyEngineerCommand(mineId, registrationNo, body, actor, request),
    );
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
