import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { etagOf } from '../../shared/etag';
import { monthlyCheckAccessNote } from '../shared/existing-monthly-check';
import { SignMonthlyCheckCommand } from './sign-monthly-check.command';
import { SignMonthlyCheckRequest } from './sign-monthly-check.request';

@ApiTags('monthly-checks 月度重大事故隐患排查')
@ApiBearerAuth()
@Controller('monthly-checks')
export class SignMonthlyCheckController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/signature')
  @HttpCode(200)
  @ApiOperation({
    summary: '主要负责人签字确认排查结果 / The principal signs the result (hazards found, or none found)',
    description: monthlyCheckAccessNote('SignMonthlyCheck', true),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') checkId: string,
    @Body() body: SignMonthlyCheckRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new SignMonthlyCheckCommand(checkId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
