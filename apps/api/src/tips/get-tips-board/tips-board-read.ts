import { Inject, Injectable } from '@nestjs/common';
import { Request } from 'express';
import { EntityManager } from 'typeorm';
import { Actor } from '@hazard-ledger/domain';
import { TipsBoardQuery, queryTipsBoard } from '@hazard-ledger/read-models';
import { cursorErrors, readWant, timeOf } from '../../ledgers/ledger-read';
import { AccessRecorder } from '../../reads/record-access';
import { ReadStamps } from '../../reads/read-stamp.service';
import { readScopeOf } from '../../reads/read-scope';
import { CLOCK, Clock } from '../../shared/clock';
import { assertTipReader } from '../shared/existing-tip';
import { TipsBoardQueryDto } from './tips-board.query-dto';

export const TIPS_BOARD = 'tips-board';

/** Stamp, query, record the access, answer: the order every read model read follows; tip readers only. */
@Injectable()
export class TipsBoardReader {
  constructor(
    private readonly stamps: ReadStamps,
    private readonly access: AccessRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  queryOf(q: TipsBoardQueryDto, actor: Actor, limit: number): TipsBoardQuery {
    assertTipReader(actor);
    const { mineId, step, overdue, objected, reward, provenTrueLater, cursor } = q;
    const filters = { mineId, step, overdue, objected, reward, provenTrueLater };
    return { scope: readScopeOf(actor), ...filters, ...timeOf(q), now: this.clock.now(), limit, cursor };
  }

  async read(q: TipsBoardQueryDto, actor: Actor, request: Request) {
    const query = this.queryOf(q, actor, q.limit ?? 50);
    const { result: page, stamp } = await this.stamps.read(
      TIPS_BOARD,
      (manager: EntityManager) => cursorErrors(() => queryTipsBoard(manager, query)),
      readWant(q, request),
    );
    await this.access.record(actor, request, {
      recordType: TIPS_BOARD,
      recordIds: page.items.map((r) => r.tipId),
      asOfPosition: stamp.asOfPosition,
    });
    return { ...page, ...stamp, ...timeOf(q) };
  }
}
