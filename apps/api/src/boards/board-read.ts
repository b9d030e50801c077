import { Injectable } from '@nestjs/common';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { BoardQuery, Page, queryDualReportBoard, querySupervisionBoard } from '@hazard-ledger/read-models';
import { AccessRecorder } from '../reads/record-access';
import { ReadStamp, ReadStamps } from '../reads/read-stamp.service';
import { readScopeOf } from '../reads/read-scope';
import { cursorErrors, readWant, timeOf } from '../ledgers/ledger-read';
import { BoardQueryDto } from './board.query-dto';

export const BOARDS = {
  'dual-report-board': queryDualReportBoard,
  'supervision-board': querySupervisionBoard,
} as const;
export type BoardName = keyof typeof BOARDS;

/** Stamp, query, record the access, answer: the order every board read (and export) follows. */
@Injectable()
export class BoardReader {
  constructor(
    private readonly stamps: ReadStamps,
    private readonly access: AccessRecorder,
  ) {}

  async read(
    board: BoardName,
    q: BoardQueryDto,
    actor: Actor,
    request: Request,
    options: { kind?: 'read' | 'export'; limit?: number } = {},
  ): Promise<Page<Record<string, unknown>> & ReadStamp & { asOf?: string; validAt?: string }> {
    const query: BoardQuery = {
      scope: readScopeOf(actor),
      mineId: q.mineId,
      jurisdiction: q.jurisdiction,
      open: q.open,
      flagged: q.flagged,
      ...timeOf(q),
      now: new Date().toISOString(),
      limit: options.limit ?? q.limit ?? 50,
      cursor: q.cursor,
    };
    const { result: page, stamp } = await this.stamps.read(
      board,
      (manager) => cursorErrors(() => BOARDS[board](manager, query)) as Promise<Page<Record<string, unknown>>>,
      readWant(q, request),
    );
    await this.access.record(actor, request, {
      kind: options.kind,
      recordType: board,
      recordIds: page.items.map((r) => String(r.hazardId)),
      asOfPosition: stamp.asOfPosition,
    });
    return { ...page, ...stamp, ...timeOf(q) };
  }
}
