import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { etagOf } from '../../shared/etag';
import { monthlyCheckAccessNote } from '../shared/existing-monthly-check';
import { RecordMonthlyCheckCommand } from './record-monthly-check.command';
import { RecordMonthlyCheckRequest } from './record-monthly-check.request';

@ApiTags('monthly-checks 月度重大事故隐患排查')
@ApiBearerAuth()
@Controller('monthly-checks')
export class RecordMonthlyCheckController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: '登记月度重大事故隐患排查 / Record the month’s major-hazard check (one per mine and month)',
    description: `${monthlyCheckAccessNote('RecordMonthlyCheck')} 登记人即牵头人；非主要负责人牵头的予以标记 / the recorder leads it; a check not led by the principal is flagged.`,
  })
  @ApiCommandResponses(201)
  async handle(
    @Body() body: RecordMonthlyCheckRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new RecordMonthlyCheckCommand(body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
