import { withoutTipOrigin } from '../../reads/tip-origin';
import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { CurrentActor, assertCanRead } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { knowledgeTimelineOf } from '@hazard-ledger/read-models';
import { AccessLog } from '@hazard-ledger/access-log';
import { HazardDirectory } from '../../reads/hazard-directory';
import { readWant } from '../../ledgers/ledger-read';
import { AccessRecorder } from '../../reads/record-access';
import { ReadStamps } from '../../reads/read-stamp.service';
import { ReadQuery } from '../../reads/read-query.dto';

@ApiTags('audit 审计')
@ApiBearerAuth()
@Controller('hazards')
export class GetKnowledgeTimelineController {
  constructor(
    private readonly stamps: ReadStamps,
    private readonly access: AccessRecorder,
    private readonly accessLog: AccessLog,
    private readonly hazards: HazardDirectory,
  ) {}

  @Get(':id/knowledge-timeline')
  @ApiOperation({
    summary: '知情时间线 / When each party first knew of the hazard (the event that shows it), and who viewed it',
    description:
      'viewedBy 取自访问日志，截至 asOf（默认当前）/ viewedBy comes from the access log, up to asOf (default now)',
  })
  async timeline(
    @Param('id') id: string,
    @Query() q: ReadQuery,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    assertCanRead(actor, await this.hazards.scopeOf(id));
    const { result: parties, stamp } = await this.stamps.read(
      'knowledge-timeline',
      (manager) => knowledgeTimelineOf(manager, { hazardId: id, asOf: q.asOf, validAt: q.validAt }),
      readWant(q, request),
    );
    const views = await this.accessLog.find({ recordId: id, before: q.asOf, limit: 500 });
    await this.access.record(actor, request, {
      recordType: 'knowledge-timeline',
      recordIds: [id],
      asOfPosition: stamp.asOfPosition,
    });
    return withoutTipOrigin(actor, {
      hazardId: id,
      parties,
      viewedBy: views.entries.map((e) => ({
        accessedAt: e.accessedAt,
        actor: e.actor,
        kind: e.kind,
        recordType: e.recordType,
        purpose: e.purpose,
        accessId: e.id,
      })),
      ...(views.nextCursor ? { moreViews: true } : {}),
      ...stamp,
    });
  }
}
