import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { Request } from 'express';
import { assertCanRead } from '@hazard-ledger/auth';
import { Actor, monthOf, monthlyCheckPolicyInForce, nextMonth } from '@hazard-ledger/domain';
import { MonthlyCheckBoardRow, queryMonthlyCheckBoard } from '@hazard-ledger/read-models';
import { readWant, timeOf } from '../../ledgers/ledger-read';
import { AccessRecorder } from '../../reads/record-access';
import { ReadStamps } from '../../reads/read-stamp.service';
import { CLOCK, Clock } from '../../shared/clock';
import { MineDirectory } from '../../shared/mine-directory';
import { readScopeOf } from '../../reads/read-scope';
import { MonthlyCheckBoardQueryDto } from '../get-monthly-check-register/monthly-check-register.query-dto';
import { MONTHLY_CHECK_REGISTER } from '../get-monthly-check-register/monthly-check-register-read';

export const MONTHLY_CHECK_BOARD = 'monthly-check-board';
const MAX_MONTHS = 120;

const span = (from: string, to: string): number => {
  let n = 1;
  for (let m = from; m < to && n <= MAX_MONTHS; m = nextMonth(m)) n++;
  return n;
};

/**
 * 每月排查看板: for one mine (or every mine the reader may see) and each month, done / done late / unsigned / missing / not yet due, and "none found"
 * signed while a major hazard existed. The checks and the hazard ledger are read in one snapshot at the same time
 * slice; a read-your-writes wait covers both read models.
 */
@Injectable()
export class MonthlyCheckBoardReader {
  constructor(
    private readonly stamps: ReadStamps,
    private readonly access: AccessRecorder,
    private readonly mines: MineDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async rows(q: MonthlyCheckBoardQueryDto, actor: Actor, request: Request, kind: 'read' | 'export' = 'read') {
    const time = timeOf(q);
    const scope = readScopeOf(actor);
    // Scope is today's, as for every single record: who may read a mine does not depend on the time looked at.
    if (q.mineId !== undefined) assertCanRead(actor, await this.mines.scopeOf(q.mineId));
    const at = time.asOf ?? time.validAt ?? this.clock.now();
    const policy = monthlyCheckPolicyInForce(at);
    const fromMonth = q.fromMonth ?? policy.firstMonth;
    const toMonth = q.toMonth ?? monthOf(at);
    if (fromMonth > toMonth || span(fromMonth, toMonth) > MAX_MONTHS)
      throw new BadRequestException(
        `月份范围须为 1–${MAX_MONTHS} 个月且起始不晚于截止 / the span must be 1–${MAX_MONTHS} months, from ≤ to`,
      );
    const want = readWant(q, request);
    if (want.minPosition) await this.stamps.read('hazard-ledger', async () => undefined, want);
    const { result: rows, stamp } = await this.stamps.read(
      MONTHLY_CHECK_REGISTER,
      (manager) =>
        queryMonthlyCheckBoard(manager, {
          ...{ mineId: q.mineId, scope, fromMonth, toMonth, dueDaysAfterMonthEnd: policy.dueDaysAfterMonthEnd },
          ...time,
          at,
        }),
      want,
    );
    await this.access.record(actor, request, {
      kind,
      recordType: MONTHLY_CHECK_BOARD,
      recordIds: [...new Set(rows.map((r) => r.mineId)), ...rows.flatMap((r) => (r.check ? [r.check.checkId] : []))],
      asOfPosition: stamp.asOfPosition,
    });
    return { mineId: q.mineId ?? null, fromMonth, toMonth, policyVersion: policy.version, rows, stamp, time };
  }

  async read(q: MonthlyCheckBoardQueryDto, actor: Actor, request: Request) {
    const { rows, stamp, time, ...board } = await this.rows(q, actor, request);
    return { ...board, rows, summary: summaryOf(rows), ...stamp, ...time };
  }
}

const summaryOf = (rows: MonthlyCheckBoardRow[]) => ({
  done: rows.filter((r) => r.status === 'done').length,
  doneLate: rows.filter((r) => r.status === 'done_late').length,
  unsigned: rows.filter((r) => r.status === 'unsigned').length,
  missing: rows.filter((r) => r.status === 'missing').length,
  notLedByPrincipal: rows.filter((r) => r.ledByPrincipal === false).length,
  noneFoundWhileMajorExisted: rows.filter((r) => r.noneFoundWhileMajorExisted).length,
});
