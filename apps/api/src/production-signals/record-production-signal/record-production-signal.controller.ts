import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor, productionSignalCommandAccess } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { etagOf } from '../../shared/etag';
import { RecordProductionSignalCommand } from './record-production-signal.command';
import { RecordProductionSignalRequest } from './record-production-signal.request';

@ApiTags('production-signals 生产迹象')
@ApiBearerAuth()
@Controller('production-signals')
export class RecordProductionSignalController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary:
      '记录生产迹象（监测监控、用电、人员定位、产量、现场检查）/ Record a sign that a mine was producing (or not)',
    description:
      `角色 / roles: ${productionSignalCommandAccess.RecordProductionSignal.roles.join(', ')}（仅本辖区 / own ` +
      'jurisdiction only）. 企业不能记录 / enterprise roles may not. observedAt = 有效时间 / valid time. ' +
      '倒查 LB-17 使用 / used by look-back LB-17.',
  })
  @ApiCommandResponses(201)
  async handle(
    @Body() body: RecordProductionSignalRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new RecordProductionSignalCommand(body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
