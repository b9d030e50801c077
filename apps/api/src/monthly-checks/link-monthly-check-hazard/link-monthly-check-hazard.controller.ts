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
import { LinkMonthlyCheckHazardCommand } from './link-monthly-check-hazard.command';
import { LinkMonthlyCheckHazardRequest } from './link-monthly-check-hazard.request';

@ApiTags('monthly-checks 月度重大事故隐患排查')
@ApiBearerAuth()
@Controller('monthly-checks')
export class LinkMonthlyCheckHazardController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/hazards')
  @HttpCode(200)
  @ApiOperation({
    summary: '关联排查发现的隐患 / Link a hazard the check found',
    description: `${monthlyCheckAccessNote('LinkMonthlyCheckHazard')} 隐患须先经 POST /hazards 登记（source=monthly_check，linkedRef={kind:monthly_investigation,id:<本排查>}）/ discover it first through POST /hazards with source monthly_check and linkedRef to this check.`,
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') checkId: string,
    @Body() body: LinkMonthlyCheckHazardRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new LinkMonthlyCheckHazardCommand(checkId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
