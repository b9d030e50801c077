import { Injectable } from '@nestjs/common';
import { Request } from 'express';
import { EntityManager } from 'typeorm';
import { Actor } from '@hazard-ledger/domain';
import { MonthlyCheckRegisterQuery, queryMonthlyCheckRegister } from '@hazard-ledger/read-models';
import { cursorErrors, readWant, timeOf } from '../../ledgers/ledger-read';
import { AccessRecorder } from '../../reads/record-access';
import { ReadStamps } from '../../reads/read-stamp.service';
import { readScopeOf } from '../../reads/read-scope';
import { MonthlyCheckRegisterQueryDto } from './monthly-check-register.query-dto';

export const MONTHLY_CHECK_REGISTER = 'monthly-check-register';

export const monthlyRegisterQueryOf = (
  q: MonthlyCheckRegisterQueryDto,
  actor: Actor,
  limit: number,
): MonthlyCheckRegisterQuery => ({
  scope: readScopeOf(actor),
  ...{ mineId: q.mineId, fromMonth: q.fromMonth, toMonth: q.toMonth, result: q.result, late: q.late },
  ledByPrincipal: q.ledByPrincipal,
  ...timeOf(q),
  limit,
  cursor: q.cursor,
});

/** Stamp, query, record the access, answer: the order every read model read follows. */
@Injectable()
export class MonthlyCheckRegisterReader {
  constructor(
    private readonly stamps: ReadStamps,
    private readonly access: AccessRecorder,
  ) {}

  async read(q: MonthlyCheckRegisterQueryDto, actor: Actor, request: Request) {
    const query = monthlyRegisterQueryOf(q, actor, q.limit ?? 50);
    const { result: page, stamp } = await this.stamps.read(
      MONTHLY_CHECK_REGISTER,
      (manager: EntityManager) => cursorErrors(() => queryMonthlyCheckRegister(manager, query)),
      readWant(q, request),
    );
    await this.access.record(actor, request, {
      recordType: MONTHLY_CHECK_REGISTER,
      recordIds: page.items.map((r) => r.checkId),
      asOfPosition: stamp.asOfPosition,
    });
    return { ...page, ...stamp, ...timeOf(q) };
  }
}
