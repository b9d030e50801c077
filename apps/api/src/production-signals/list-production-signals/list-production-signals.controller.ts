import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { CurrentActor, assertCanRead } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { listProductionSignals } from '@hazard-ledger/read-models';
import { cursorErrors, readWant, timeOf } from '../../ledgers/ledger-read';
import { AccessRecorder } from '../../reads/record-access';
import { ReadStamps } from '../../reads/read-stamp.service';
import { MineDirectory } from '../../shared/mine-directory';
import { ApiProblemResponse } from '../../shared/problem-responses';
import { ListProductionSignalsQueryDto } from './list-production-signals.query-dto';

/** Signals are single immutable events, so the look-back facts (which hold every event) are their list. */
const FACTS = 'lookback-facts';

@ApiTags('production-signals 生产迹象')
@ApiBearerAuth()
@Controller('mines')
export class ListProductionSignalsController {
  constructor(
    private readonly mines: MineDirectory,
    private readonly stamps: ReadStamps,
    private readonly access: AccessRecorder,
  ) {}

  @Get(':mineId/production-signals')
  @ApiOperation({
    summary: '矿山的生产迹象记录（可回溯）/ A mine’s production signals, now or as of a past time',
    description:
      'asOf = 系统时间（当时已记录的）/ system time; validAt = 有效时间（当时已观测到的）/ valid time. ' +
      '每次查询记入访问日志 / every read is logged.',
  })
  @ApiOkResponse({
    description: '一页生产迹象 / one page (items, nextCursor, asOfPosition, lagMs)',
    schema: { example: { mineId: 'mine-demo-1', items: [{ source: 'power', producing: true }], nextCursor: null } },
  })
  @ApiProblemResponse(404, '未找到 / Not found', '矿山未登记 / Mine not registered')
  async list(
    @Param('mineId') mineId: string,
    @Query() q: ListProductionSignalsQueryDto,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    assertCanRead(actor, await this.mines.scopeOf(mineId));
    const time = timeOf(q);
    const { result, stamp } = await this.stamps.read(
      FACTS,
      (manager) =>
        cursorErrors(() => listProductionSignals(manager, { mineId, ...time, limit: q.limit ?? 50, cursor: q.cursor })),
      readWant(q, request),
    );
    await this.access.record(actor, request, {
      recordType: 'production-signal',
      recordIds: result.items.map((s) => s.signalId),
      asOfPosition: stamp.asOfPosition,
    });
    return { mineId, ...result, ...stamp, ...time };
  }
}
