import { Inject, Injectable } from '@nestjs/common';
import { Request, Response } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { pageOfRows } from '@hazard-ledger/read-models';
import { exportFile } from '../../exports/export-file';
import { cursorErrors, readWant, timeOf } from '../../ledgers/ledger-read';
import { AccessRecorder } from '../../reads/record-access';
import { ReadStamps } from '../../reads/read-stamp.service';
import { readScopeOf } from '../../reads/read-scope';
import { CLOCK, Clock } from '../../shared/clock';
import { DutyRegister } from './duty-registers';
import { DutyReadQueryDto } from './duty-read.query-dto';

export const DUTY_READ_NOTE =
  'asOf = 系统时间 / system time; validAt = 有效时间 / valid time. 每次查询记入访问日志 / every read is logged.';

/**
 * Stamp, query, record the access, answer — the order every read follows. The rows are derived from all the
 * documents in scope at the instant judged, then paged (cursor, limit, nextCursor, total) as the other registers are;
 * an export takes every row.
 */
@Injectable()
export class DutyRegisterReader {
  constructor(
    private readonly stamps: ReadStamps,
    private readonly access: AccessRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private async rows(register: DutyRegister, q: DutyReadQueryDto, actor: Actor, req: Request, kind?: 'export') {
    const scope = readScopeOf(actor);
    const time = timeOf(q);
    const at = q.validAt ?? q.asOf ?? this.clock.now();
    const { result, stamp } = await this.stamps.read(
      register.name,
      async (m) => {
        const all = await register.rows(m, q, scope, at);
        if (kind) return { items: all, total: all.length };
        return cursorErrors(async () => pageOfRows(all, register.idOf, q.limit ?? 50, q.cursor));
      },
      readWant(q, req),
    );
    await this.access.record(actor, req, {
      ...(kind ? { kind } : {}),
      recordType: register.name,
      recordIds: result.items.map(register.idOf),
      asOfPosition: stamp.asOfPosition,
    });
    return { page: result, stamp, time, at };
  }

  async list(register: DutyRegister, q: DutyReadQueryDto, actor: Actor, req: Request) {
    const { page, stamp, time, at } = await this.rows(register, q, actor, req);
    return { ...page, judgedAt: at, ...stamp, ...time };
  }

  async file(register: DutyRegister, q: DutyReadQueryDto, actor: Actor, req: Request, res: Response) {
    const { page, stamp, time } = await this.rows(register, q, actor, req, 'export');
    const meta = { title: register.title, ...stamp, ...time, exportedBy: `${actor.name} (${actor.id})` };
    return exportFile(q.format ?? 'xlsx', register.columns, page.items, meta, res);
  }
}
