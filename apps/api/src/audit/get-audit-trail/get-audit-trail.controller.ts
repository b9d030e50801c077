import { withoutTipOrigin } from '../../reads/tip-origin';
import { BadRequestException, Controller, Get, Inject, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { CurrentActor, assertCanRead } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { auditTrailOfActor, auditTrailOfEntity } from '@hazard-ledger/read-models';
import { HazardDirectory } from '../../reads/hazard-directory';
import { MineDirectory } from '../../shared/mine-directory';
import { cursorErrors, readWant } from '../../ledgers/ledger-read';
import { AccessRecorder } from '../../reads/record-access';
import { ReadStamps } from '../../reads/read-stamp.service';
import { assertLookBackRole } from '../audit-roles';
import { AuditTrailQueryDto } from '../audit.query-dto';
import { recordMineOf } from '../record-mine';

@ApiTags('audit 审计')
@ApiBearerAuth()
@Controller('audit-trail')
export class GetAuditTrailController {
  constructor(
    private readonly stamps: ReadStamps,
    private readonly access: AccessRecorder,
    private readonly hazards: HazardDirectory,
    private readonly mines: MineDirectory,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      '审计追踪 / Every event of an entity or by an actor: who, role, occurredAt, recordedAt, reason, before → after',
  })
  async trail(@Query() q: AuditTrailQueryDto, @CurrentActor() actor: Actor, @Req() request: Request) {
    const page = { asOf: q.asOf, validAt: q.validAt, limit: q.limit ?? 50, cursor: q.cursor };
    const byEntity = q.entityType && q.entityId ? { entityType: q.entityType, entityId: q.entityId } : undefined;
    // A 倒查 case is in no mine or jurisdiction: its trail (the investigators' acts) is for look-back roles.
    if (byEntity?.entityType === 'lookback-case') assertLookBackRole(actor);
    else if (byEntity) {
      const { entityType, entityId } = byEntity;
      const scope =
        entityType === 'hazard'
          ? await this.hazards.scopeOf(entityId)
          : await this.mines.scopeOf(
              // 一企一档 is keyed by its mine, as a mine is.
              entityType === 'mine' || entityType === 'enterprise-file'
                ? entityId
                : await recordMineOf(this.store, { entityType, entityId }),
            );
      assertCanRead(actor, scope);
    } else if (q.actorId) assertLookBackRole(actor);
    else
      throw new BadRequestException('须指定 entityType+entityId 或 actorId / Give entityType and entityId, or actorId');
    // Authorised first, then the wait (minPosition), then the read: the answer includes what was waited for.
    const { result, stamp } = await this.stamps.read(
      'audit-trail',
      (manager) =>
        cursorErrors(() =>
          byEntity
            ? auditTrailOfEntity(manager, { ...byEntity, ...page })
            : auditTrailOfActor(manager, { actorId: q.actorId!, ...page }),
        ),
      readWant(q, request),
    );
    const ids = [...new Set(result.entries.map((e) => e.entityId))];
    await this.access.record(actor, request, {
      recordType: 'audit-trail',
      recordIds: ids,
      asOfPosition: stamp.asOfPosition,
    });
    return withoutTipOrigin(actor, { ...result, ...stamp });
  }
}
