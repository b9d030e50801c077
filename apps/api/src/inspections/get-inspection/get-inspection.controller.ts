import { Controller, Get, Inject, NotFoundException, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor, assertCanRead } from '@hazard-ledger/auth';
import { Actor, formatPosition, streams } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { InspectionFile, evolveInspectionFile, unsignedMembers } from '@hazard-ledger/read-models';
import { GetHazardQuery } from '../../hazards/get-hazard/get-hazard.query';
import { AccessRecorder } from '../../reads/record-access';
import { etagOf } from '../../shared/etag';
import { MineDirectory } from '../../shared/mine-directory';
import { ApiProblemResponse } from '../../shared/problem-responses';

/** One inspection as its stream says, now or as of a past time (folded from the event store, never behind). */
@ApiTags('inspections 监督检查')
@ApiBearerAuth()
@Controller('inspections')
export class GetInspectionController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly mines: MineDirectory,
    private readonly access: AccessRecorder,
  ) {}

  @Get(':id')
  @ApiOperation({
    summary: '检查记录（可回溯）/ An inspection: team, clauses, findings, media, 逢查必考, result and signatures',
    description: 'asOf = 系统时间 / system time (recordedAt); validAt = 有效时间 / valid time (occurredAt).',
  })
  @ApiOkResponse({ schema: { example: { inspection: { inspectionId: 'c0a8…', complete: false }, revision: '3' } } })
  @ApiProblemResponse(
    404,
    '未找到 / Not found',
    '检查未登记（或当时尚未登记）/ Inspection not recorded (or not yet then)',
  )
  async get(
    @Param('id') id: string,
    @Query() { asOf, validAt }: GetHazardQuery,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    // Scope is today's: who may read an inspection does not depend on the time being looked at.
    const current = await this.fold(id, {});
    if (!current.file) throw new NotFoundException(`检查记录 ${id} 不存在 / Inspection ${id} does not exist`);
    assertCanRead(actor, await this.mines.scopeOf(current.file.mineId));
    const cut = asOf || validAt ? await this.fold(id, { toRecordedAt: asOf, toOccurredAt: validAt }) : current;
    if (!cut.file || !cut.last)
      throw new NotFoundException(`检查记录 ${id} 当时尚未登记 / Inspection ${id} was not recorded at that time`);
    const asOfPosition = formatPosition(cut.last.logPosition);
    await this.access.record(actor, request, { recordType: 'inspection', recordIds: [id], asOfPosition });
    response.setHeader('ETag', etagOf(cut.last.revision));
    const inspection = {
      ...cut.file,
      complete: cut.file.completedAt !== null,
      unsignedMembers: unsignedMembers(cut.file),
    };
    return {
      inspection,
      revision: cut.last.revision.toString(),
      asOfPosition,
      ...(asOf ? { asOf } : {}),
      ...(validAt ? { validAt } : {}),
    };
  }

  private async fold(id: string, cut: { toRecordedAt?: string; toOccurredAt?: string }) {
    const events = await this.store.readStream(streams.inspection(id), cut);
    let file: InspectionFile | undefined;
    for (const e of events) file = evolveInspectionFile(file, e, () => undefined);
    if (file) {
      const { mine: m } = await this.mines.find(file.mineId);
      if (m.status !== 'Unregistered') file = { ...file, jurisdiction: m.jurisdiction };
    }
    return { file, last: events.at(-1) };
  }
}
