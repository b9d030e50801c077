import { Injectable } from '@nestjs/common';
import { Request } from 'express';
import { EntityManager } from 'typeorm';
import { Actor } from '@hazard-ledger/domain';
import { queryMinesUnderSuspension, queryPlanBoard } from '@hazard-ledger/read-models';
import { AccessRecorder } from '../reads/record-access';
import { ReadStamps } from '../reads/read-stamp.service';
import { readScopeOf } from '../reads/read-scope';
import { readWant, timeOf } from '../ledgers/ledger-read';
import { OffsetReadQuery, PlanBoardQueryDto, SuspensionBoardQueryDto } from './enforcement-board.query-dto';

export type EnforcementBoard = 'mines-under-suspension' | 'plan-board';
type Page = { items: Record<string, unknown>[]; total: number };

const query = (board: EnforcementBoard, q: OffsetReadQuery, actor: Actor, limit: number) => {
  const common = {
    scope: readScopeOf(actor),
    mineId: q.mineId,
    jurisdiction: q.jurisdiction,
    ...timeOf(q),
    limit,
    offset: Number(q.cursor ?? 0),
  };
  return (manager: EntityManager): Promise<Page> => {
    if (board === 'plan-board') {
      const { year, flag } = q as PlanBoardQueryDto;
      return queryPlanBoard(manager, {
        ...common,
        year,
        flag,
        now: new Date().toISOString(),
      }) as unknown as Promise<Page>;
    }
    const { hazardId, status } = q as SuspensionBoardQueryDto;
    return queryMinesUnderSuspension(manager, { ...common, hazardId, status }) as unknown as Promise<Page>;
  };
};

/** Stamp, query, record the access (every row's mine), answer — as the hazard boards do. */
@Injectable()
export class EnforcementBoardReader {
  constructor(
    private readonly stamps: ReadStamps,
    private readonly access: AccessRecorder,
  ) {}

  async read(
    board: EnforcementBoard,
    q: OffsetReadQuery,
    actor: Actor,
    request: Request,
    options: { kind?: 'read' | 'export'; limit?: number } = {},
  ) {
    const limit = options.limit ?? q.limit ?? 50;
    const { result: page, stamp } = await this.stamps.read(board, query(board, q, actor, limit), readWant(q, request));
    await this.access.record(actor, request, {
      kind: options.kind,
      recordType: board,
      recordIds: page.items.map((r) => String(r.mineId)),
      asOfPosition: stamp.asOfPosition,
    });
    const next = Number(q.cursor ?? 0) + page.items.length;
    return { ...page, ...(next < page.total ? { nextCursor: String(next) } : {}), ...stamp, ...timeOf(q) };
  }
}
