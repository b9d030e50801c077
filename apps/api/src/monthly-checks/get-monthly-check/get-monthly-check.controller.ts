import { Controller, Get, Inject, NotFoundException, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor, assertCanRead } from '@hazard-ledger/auth';
import { Actor, formatPosition, streams } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { MonthlyCheckFile, evolveMonthlyCheckFile } from '@hazard-ledger/read-models';
import { GetHazardQuery } from '../../hazards/get-hazard/get-hazard.query';
import { AccessRecorder } from '../../reads/record-access';
import { etagOf } from '../../shared/etag';
import { MineDirectory } from '../../shared/mine-directory';
import { ApiProblemResponse } from '../../shared/problem-responses';

/** One monthly check as its stream says, now or as of a past time (folded from the event store, never behind). */
@ApiTags('monthly-checks 月度重大事故隐患排查')
@ApiBearerAuth()
@Controller('monthly-checks')
export class GetMonthlyCheckController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly mines: MineDirectory,
    private readonly access: AccessRecorder,
  ) {}

  @Get(':id')
  @ApiOperation({
    summary: '月度排查记录（可回溯）/ One monthly check: leader, participants, scope, hazards, signature',
    description: 'id = <矿山>.<YYYY-MM>. asOf = 系统时间 / system time; validAt = 有效时间 / valid time.',
  })
  @ApiOkResponse({
    schema: {
      example: { check: { checkId: 'mine-demo-1.2024-03', month: '2024-03', result: 'none_found' }, revision: '1' },
    },
  })
  @ApiProblemResponse(404, '未找到 / Not found', '该月排查未登记（或当时尚未登记）/ Not recorded (or not yet then)')
  async get(
    @Param('id') id: string,
    @Query() { asOf, validAt }: GetHazardQuery,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    // The id names its mine (<mineId>.<YYYY-MM>), so scope is checked before the stream is read: to anyone outside
    // the mine an existing check and an absent one both answer 403, and ids cannot be probed month by month.
    const mineId = mineOfCheckId(id);
    if (!mineId) throw new NotFoundException(`月度排查 ${id} 不存在 / Monthly check ${id} does not exist`);
    assertCanRead(actor, await this.mines.scopeOf(mineId));
    const current = await this.fold(id, {});
    if (!current.file) throw new NotFoundException(`月度排查 ${id} 不存在 / Monthly check ${id} does not exist`);
    const cut = asOf || validAt ? await this.fold(id, { toRecordedAt: asOf, toOccurredAt: validAt }) : current;
    if (!cut.file || !cut.last)
      throw new NotFoundException(`月度排查 ${id} 当时尚未登记 / Monthly check ${id} was not recorded then`);
    const asOfPosition = formatPosition(cut.last.logPosition);
    await this.access.record(actor, request, { recordType: 'monthly-check', recordIds: [id], asOfPosition });
    response.setHeader('ETag', etagOf(cut.last.revision));
    return {
      check: cut.file,
      revision: cut.last.revision.toString(),
      asOfPosition,
      ...(asOf ? { asOf } : {}),
      ...(validAt ? { validAt } : {}),
    };
  }

  private async fold(id: string, cut: { toRecordedAt?: string; toOccurredAt?: string }) {
    const events = await this.store.readStream(streams.monthlyCheck(id), cut);
    let file: MonthlyCheckFile | undefined;
    for (const e of events) file = evolveMonthlyCheckFile(file, e, () => undefined);
    return { file, last: events.at(-1) };
  }
}

/** The mine an id names (monthlyCheckIdOf: `<mineId>.<YYYY-MM>`); null when the id is not of that form. */
const mineOfCheckId = (id: string): string | null => {
  const match = /^(.+)\.(\d{4}-(0[1-9]|1[0-2]))$/.exec(id);
  return match ? match[1] : null;
};
