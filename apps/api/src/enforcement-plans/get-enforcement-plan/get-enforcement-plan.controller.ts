import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor, assertCanRead } from '@hazard-ledger/auth';
import {
  Actor,
  DomainEvent,
  EnforcementPlan,
  enforcementPlanDecider,
  formatPosition,
  streams,
} from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { Inject } from '@nestjs/common';
import { AccessRecorder } from '../../reads/record-access';
import { etagOf } from '../../shared/etag';
import { ApiProblemResponse } from '../../shared/problem-responses';
import { planScope } from '../shared/existing-plan';

@ApiTags('enforcement-plans 执法计划')
@ApiBearerAuth()
@Controller('enforcement-plans')
export class GetEnforcementPlanController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly access: AccessRecorder,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: '执法计划 / An enforcement plan as its events say now (items carry the planItemId)' })
  @ApiOkResponse({ schema: { example: { status: 'Approved', planId: 'p-1', jurisdiction: '140404', year: 2025 } } })
  @ApiProblemResponse(404, '未找到 / Not found', '执法计划不存在 / Plan does not exist')
  async get(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<EnforcementPlan> {
    const events = await this.store.readStream(streams.enforcementPlan(id));
    const plan = events.reduce(
      (state, e) => enforcementPlanDecider.evolve(state, { type: e.type, data: e.data } as DomainEvent as never),
      enforcementPlanDecider.initialState(),
    );
    const last = events.at(-1);
    if (!last) throw new NotFoundException(`执法计划 ${id} 不存在 / Enforcement plan ${id} does not exist`);
    assertCanRead(actor, planScope(id, plan));
    const asOfPosition = formatPosition(last.logPosition);
    await this.access.record(actor, request, { recordType: 'enforcement_plan', recordIds: [id], asOfPosition });
    response.setHeader('ETag', etagOf(last.revision));
    return plan;
  }
}
