import { Injectable } from '@nestjs/common';
import { Request } from 'express';
import { EntityManager } from 'typeorm';
import { Actor } from '@hazard-ledger/domain';
import { InspectionRegisterQuery, queryInspectionRegister } from '@hazard-ledger/read-models';
import { cursorErrors, readWant, timeOf } from '../../ledgers/ledger-read';
import { AccessRecorder } from '../../reads/record-access';
import { ReadStamps } from '../../reads/read-stamp.service';
import { readScopeOf } from '../../reads/read-scope';
import { InspectionRegisterQueryDto } from './inspection-register.query-dto';

export const INSPECTION_REGISTER = 'inspection-register';

export const registerQueryOf = (
  q: InspectionRegisterQueryDto,
  actor: Actor,
  limit: number,
): InspectionRegisterQuery => ({
  scope: readScopeOf(actor),
  mineId: q.mineId,
  inspectorId: q.inspectorId,
  kind: q.kind,
  startedFrom: q.startedFrom,
  startedBefore: q.startedBefore,
  unsigned: q.unsigned,
  late: q.late,
  ...timeOf(q),
  limit,
  cursor: q.cursor,
});

/** Stamp, query, record the access, answer: the order every read model read follows. */
@Injectable()
export class InspectionRegisterReader {
  constructor(
    private readonly stamps: ReadStamps,
    private readonly access: AccessRecorder,
  ) {}

  async read(q: InspectionRegisterQueryDto, actor: Actor, request: Request) {
    const query = registerQueryOf(q, actor, q.limit ?? 50);
    const { result: page, stamp } = await this.stamps.read(
      INSPECTION_REGISTER,
      (manager: EntityManager) => cursorErrors(() => queryInspectionRegister(manager, query)),
      readWant(q, request),
    );
    await this.access.record(actor, request, {
      recordType: INSPECTION_REGISTER,
      recordIds: page.items.map((r) => r.inspectionId),
      asOfPosition: stamp.asOfPosition,
    });
    return { ...page, ...stamp, ...timeOf(q) };
  }
}
