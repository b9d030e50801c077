import { Injectable } from '@nestjs/common';
import { Request } from 'express';
import { EntityManager } from 'typeorm';
import { Actor } from '@hazard-ledger/domain';
import { HotWorkPermitQuery, queryHotWorkPermits, queryUnpermittedHotWork } from '@hazard-ledger/read-models';
import { cursorErrors, readWant, timeOf } from '../../ledgers/ledger-read';
import { AccessRecorder } from '../../reads/record-access';
import { ReadStamps } from '../../reads/read-stamp.service';
import { readScopeOf } from '../../reads/read-scope';
import { HotWorkPermitRegisterQueryDto } from './hot-work-permit-register.query-dto';

export const HOT_WORK_PERMIT_REGISTER = 'hot-work-permit-register';

export const permitQueryOf = (q: HotWorkPermitRegisterQueryDto, actor: Actor, limit: number): HotWorkPermitQuery => ({
  scope: readScopeOf(actor),
  ...{ mineId: q.mineId, status: q.status, contractorId: q.contractorId },
  ...{ windowFrom: q.windowFrom, windowBefore: q.windowBefore },
  ...timeOf(q),
  limit,
  cursor: q.cursor,
});

/**
 * 动火作业票台账 with, beside it, the unpermitted hot work (UG-29) inspections found at the same mines, read from
 * the inspection register in the same snapshot and at the same time slice.
 */
@Injectable()
export class HotWorkPermitRegisterReader {
  constructor(
    private readonly stamps: ReadStamps,
    private readonly access: AccessRecorder,
  ) {}

  async read(q: HotWorkPermitRegisterQueryDto, actor: Actor, request: Request) {
    const query = permitQueryOf(q, actor, q.limit ?? 50);
    const want = readWant(q, request);
    // Read-your-writes covers the inspection register too: the UG-29 findings come from it.
    if (want.minPosition) await this.stamps.read('inspection-register', async () => undefined, want);
    const { result, stamp } = await this.stamps.read(
      HOT_WORK_PERMIT_REGISTER,
      async (manager: EntityManager) => ({
        page: await cursorErrors(() => queryHotWorkPermits(manager, query)),
        unpermittedHotWork: await queryUnpermittedHotWork(manager, query),
      }),
      want,
    );
    await this.access.record(actor, request, {
      recordType: HOT_WORK_PERMIT_REGISTER,
      recordIds: [...result.page.items.map((r) => r.permitId), ...result.unpermittedHotWork.map((f) => f.inspectionId)],
      asOfPosition: stamp.asOfPosition,
    });
    return { ...result.page, unpermittedHotWork: result.unpermittedHotWork, ...stamp, ...timeOf(q) };
  }
}
