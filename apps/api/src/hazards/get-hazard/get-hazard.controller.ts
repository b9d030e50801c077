import { Controller, Get, NotFoundException, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor, assertCanRead } from '@hazard-ledger/auth';
import { Actor, Hazard, formatPosition } from '@hazard-ledger/domain';
import { AccessRecorder } from '../../reads/record-access';
import { withoutTipOrigin } from '../../reads/tip-origin';
import { etagOf } from '../../shared/etag';
import { HazardDirectory } from '../../reads/hazard-directory';
import { GetHazardQuery } from './get-hazard.query';
import { MineSuspensionView, suspensionNaming } from '../../reads/mine-suspension-view';
import { ApiProblemResponse } from '../../shared/problem-responses';

export interface HazardView {
  hazard: Hazard;
  revision: string;
  /** The log position of the last event folded (a stream fold is never behind: lagMs is 0). */
  asOfPosition: string;
  lagMs: number;
  /** The mine's 停产整顿 order naming this hazard (from the mine's stream, same cut); null when none is in force. */
  mineSuspension: MineSuspensionView | null;
  asOf?: string;
  validAt?: string;
}

@ApiTags('hazards 隐患')
@ApiBearerAuth()
@Controller('hazards')
export class GetHazardController {
  constructor(
    private readonly hazards: HazardDirectory,
    private readonly access: AccessRecorder,
  ) {}

  @Get(':id')
  @ApiOperation({
    summary: '隐患状态（可回溯）/ A hazard as its events say, now or as of a past time',
    description: 'asOf = 系统时间 / system time (recordedAt); validAt = 有效时间 / valid time (occurredAt).',
  })
  @ApiOkResponse({
    schema: {
      example: {
        hazard: { status: 'discovered', hazardId: '6f1c2a4e-8d0b-4c55-9a57-3e1f0c9d2b11', mineId: 'mine-demo-1' },
        revision: '0',
      },
    },
  })
  @ApiProblemResponse(
    404,
    '未找到 / Not found',
    '隐患未登记（或当时尚未登记）/ Hazard not recorded (or not yet at that time)',
  )
  async get(
    @Param('id') id: string,
    @Query() { asOf, validAt }: GetHazardQuery,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<HazardView> {
    // Scope is today's: who may read a hazard does not depend on the time being looked at.
    const { target, current, mine } = await this.hazards.locate(id);
    assertCanRead(actor, target);
    // Without a cut the fold that found the scope is the answer: one fold, not two.
    const { hazard, revision, logPosition } =
      asOf || validAt ? await this.hazards.find(id, { toRecordedAt: asOf, toOccurredAt: validAt }) : current;
    if (hazard.status === 'not_discovered' || revision === undefined || !logPosition)
      throw new NotFoundException(`隐患 ${id} 当时尚未登记 / Hazard ${id} was not recorded at that time`);
    const mineAsOf = asOf ? await this.hazards.mineAt(hazard.mineId, asOf) : mine;
    const asOfPosition = formatPosition(logPosition);
    await this.access.record(actor, request, { recordType: 'hazard', recordIds: [id], asOfPosition });
    response.setHeader('ETag', etagOf(revision));
    return withoutTipOrigin(actor, {
      hazard,
      revision: revision.toString(),
      asOfPosition,
      lagMs: 0,
      mineSuspension: suspensionNaming(mineAsOf, id),
      ...(asOf ? { asOf } : {}),
      ...(validAt ? { validAt } : {}),
    });
  }
}
