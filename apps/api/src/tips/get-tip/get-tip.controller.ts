import { Controller, Get, Inject, NotFoundException, Param, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { Request } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor, streams } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { IsReadInstant } from '../../hazards/shared/instant.validators';
import { AccessRecorder } from '../../reads/record-access';
import { assertTipReader, tipScope } from '../shared/existing-tip';
import { foldTip, stepsOf } from '../shared/tip-view';

export class TipQueryDto {
  @ApiPropertyOptional({ example: '2024-06-30T16:00:00.000Z', description: '系统时间 / as the platform knew it then' })
  @IsOptional()
  @IsReadInstant()
  asOf?: string;
}

@ApiTags('tips 举报')
@ApiBearerAuth()
@Controller('tips')
export class GetTipController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly access: AccessRecorder,
  ) {}

  @Get(':id')
  @ApiOperation({
    summary:
      '举报档案与倒查 / One tip: its state and every step (who, when, why), identity reveals included — never the identity',
    description:
      '仅监管人员（本辖区）、审计、调查人员 / regulators of its jurisdiction, auditors and investigators. 每次查询记入访问日志 / every read is logged.',
  })
  async get(
    @Param('id') tipId: string,
    @Query() q: TipQueryDto,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    assertTipReader(actor);
    const events = await this.store.readStream(streams.tip(tipId), q.asOf ? { toRecordedAt: q.asOf } : {});
    const tip = foldTip(events);
    if (tip.status === 'not_received')
      throw new NotFoundException(`举报 ${tipId} 不存在 / Tip ${tipId} does not exist`);
    assertTipReader(actor, tipScope(tipId)(tip));
    const asOfPosition = events.at(-1)?.position.toString();
    await this.access.record(actor, request, { recordType: 'tip', recordIds: [tipId], asOfPosition });
    const reveals = stepsOf(events).filter((s) => s.type === 'TipIdentityRevealed');
    return { tip, steps: stepsOf(events), reveals, asOf: q.asOf ?? null, revision: events.at(-1)?.revision.toString() };
  }
}
