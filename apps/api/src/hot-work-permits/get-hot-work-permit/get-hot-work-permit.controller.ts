import { Controller, Get, Inject, NotFoundException, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor, assertCanRead } from '@hazard-ledger/auth';
import { Actor, formatPosition, streams } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { HotWorkPermitFile, evolveHotWorkPermitFile } from '@hazard-ledger/read-models';
import { GetHazardQuery } from '../../hazards/get-hazard/get-hazard.query';
import { AccessRecorder } from '../../reads/record-access';
import { etagOf } from '../../shared/etag';
import { MineDirectory } from '../../shared/mine-directory';
import { ApiProblemResponse } from '../../shared/problem-responses';

/** One hot-work permit as its stream says, now or as of a past time (folded from the event store, never behind). */
@ApiTags('hot-work-permits 动火作业票')
@ApiBearerAuth()
@Controller('hot-work-permits')
export class GetHotWorkPermitController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly mines: MineDirectory,
    private readonly access: AccessRecorder,
  ) {}

  @Get(':id')
  @ApiOperation({
    summary: '动火作业票（可回溯）/ One hot-work permit: job, window, approval, work',
    description: 'asOf = 系统时间 / system time; validAt = 有效时间 / valid time.',
  })
  @ApiOkResponse({ schema: { example: { permit: { permitId: 'c0a8…', status: 'approved' }, revision: '1' } } })
  @ApiProblemResponse(404, '未找到 / Not found', '作业票不存在（或当时尚未申请）/ Not requested (or not yet then)')
  async get(
    @Param('id') id: string,
    @Query() { asOf, validAt }: GetHazardQuery,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const current = await this.fold(id, {});
    if (!current.file) throw new NotFoundException(`动火作业票 ${id} 不存在 / Hot-work permit ${id} does not exist`);
    assertCanRead(actor, await this.mines.scopeOf(current.file.mineId));
    const cut = asOf || validAt ? await this.fold(id, { toRecordedAt: asOf, toOccurredAt: validAt }) : current;
    if (!cut.file || !cut.last)
      throw new NotFoundException(`动火作业票 ${id} 当时尚未申请 / Hot-work permit ${id} was not requested then`);
    const asOfPosition = formatPosition(cut.last.logPosition);
    await this.access.record(actor, request, { recordType: 'hot-work-permit', recordIds: [id], asOfPosition });
    response.setHeader('ETag', etagOf(cut.last.revision));
    return {
      permit: cut.file,
      revision: cut.last.revision.toString(),
      asOfPosition,
      ...(asOf ? { asOf } : {}),
      ...(validAt ? { validAt } : {}),
    };
  }

  private async fold(id: string, cut: { toRecordedAt?: string; toOccurredAt?: string }) {
    const events = await this.store.readStream(streams.hotWorkPermit(id), cut);
    let file: HotWorkPermitFile | undefined;
    for (const e of events) file = evolveHotWorkPermitFile(file, e, () => undefined);
    return { file, last: events.at(-1) };
  }
}
