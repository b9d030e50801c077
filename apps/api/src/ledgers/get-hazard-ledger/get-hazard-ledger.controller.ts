import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { assertSourceFilterAllowed, withoutTipOrigin } from '../../reads/tip-origin';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { LedgerPage, queryHazardLedger } from '@hazard-ledger/read-models';
import { AccessRecorder, PURPOSE_HEADER } from '../../reads/record-access';
import { ReadStamp, ReadStamps } from '../../reads/read-stamp.service';
import { readScopeOf } from '../../reads/read-scope';
import { cursorErrors, filterOf, readWant, timeOf } from '../ledger-read';
import { HazardLedgerQueryDto } from './hazard-ledger.query-dto';

@ApiTags('ledgers 台账')
@ApiBearerAuth()
@ApiHeader({
  name: PURPOSE_HEADER,
  required: false,
  description: '查阅目的（记入访问日志）/ purpose, kept in the access log',
})
@Controller('ledgers')
export class GetHazardLedgerController {
  constructor(
    private readonly stamps: ReadStamps,
    private readonly access: AccessRecorder,
  ) {}

  @Get('hazards')
  @ApiOperation({
    summary: '隐患台账（可回溯）/ The hazard ledger, today or as it stood at asOf / validAt',
    description: '每次查询记入访问日志后才返回数据 / every answer is recorded in the access log before it is sent',
  })
  @ApiOkResponse({ schema: { example: { items: [], total: 0, asOfPosition: '912/1207', lagMs: 0 } } })
  async list(
    @Query() q: HazardLedgerQueryDto,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<LedgerPage & ReadStamp> {
    assertSourceFilterAllowed(actor, q.source);
    const scope = readScopeOf(actor);
    const time = timeOf(q);
    const { result: page, stamp } = await this.stamps.read(
      'hazard-ledger',
      (manager) =>
        cursorErrors(() =>
          queryHazardLedger(manager, {
            filter: filterOf(q),
            scope,
            ...time,
            now: new Date().toISOString(),
            sort: q.sort ?? 'discoveredAt',
            order: q.order ?? 'asc',
            limit: q.limit ?? 50,
            cursor: q.cursor,
          }),
        ),
      readWant(q, request),
    );
    await this.access.record(actor, request, {
      recordType: 'hazard-ledger',
      recordIds: page.items.map((r) => r.hazardId),
      asOfPosition: stamp.asOfPosition,
    });
    return withoutTipOrigin(actor, { ...page, ...stamp, ...time });
  }
}
