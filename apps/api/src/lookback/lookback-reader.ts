import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import {
  LookbackCut,
  LookbackQuery,
  LookbackRow,
  findLookbackQuery,
  resolveCut,
  runLookback,
  searchLookbackEvents,
} from '@hazard-ledger/read-models';
import { cursorErrors, readWant } from '../ledgers/ledger-read';
import { AccessRecorder } from '../reads/record-access';
import { ReadStamp, ReadStamps } from '../reads/read-stamp.service';
import { assertLookBackRole } from '../audit/audit-roles';
import { LookbackEventsQueryDto, LookbackQueryDto } from './lookback.query-dto';

export const FACTS = 'lookback-facts';

export interface LookbackAnswer extends ReadStamp {
  query: { id: string; version: number; title: LookbackQuery['title'] };
  cut: LookbackCut;
  total: number;
  rows: LookbackRow[];
}

const paramsOf = (q: LookbackQueryDto) => {
  if (q.from && q.to && Date.parse(q.from) > Date.parse(q.to))
    throw new BadRequestException('期间起不能晚于期间止 / from must not be after to');
  return { mineId: q.mineId, jurisdiction: q.jurisdiction, from: q.from, to: q.to };
};

// The records an answer showed, for the access log: every entity its evidence names, once.
const recordIdsOf = (rows: { evidence: { streamId: string }[] }[]): string[] => [
  ...new Set(rows.flatMap((r) => r.evidence.map((e) => e.streamId))),
];

/** Runs look-back queries for auditors and investigators: one snapshot, the cut stated, every answer access-logged. */
@Injectable()
export class LookbackReader {
  constructor(
    private readonly stamps: ReadStamps,
    private readonly access: AccessRecorder,
  ) {}

  queryOf(id: string): LookbackQuery {
    const query = findLookbackQuery(id);
    if (!query) throw new NotFoundException(`没有该倒查查询 / No look-back query "${id}"`);
    return query;
  }

  async run(
    id: string,
    q: LookbackQueryDto,
    actor: Actor,
    request: Request,
    kind: 'read' | 'export' = 'read',
  ): Promise<LookbackAnswer> {
    assertLookBackRole(actor);
    const query = this.queryOf(id);
    const params = paramsOf(q);
    const asOf = q.asOf ?? new Date().toISOString();
    const { result, stamp } = await this.stamps.read(
      FACTS,
      async (manager) => {
        const cut = await resolveCut(manager, asOf, q.validAt);
        return { cut, rows: await runLookback(manager, query, cut, params) };
      },
      readWant(q, request),
    );
    await this.access.record(actor, request, {
      kind,
      recordType: `lookback:${query.id}`,
      recordIds: recordIdsOf(result.rows),
      asOfPosition: stamp.asOfPosition,
    });
    const head = { id: query.id, version: query.version, title: query.title };
    return { query: head, cut: result.cut, ...stamp, total: result.rows.length, rows: result.rows };
  }

  async search(q: LookbackEventsQueryDto, actor: Actor, request: Request) {
    assertLookBackRole(actor);
    const params = paramsOf(q);
    const asOf = q.asOf ?? new Date().toISOString();
    const { result, stamp } = await this.stamps.read(
      FACTS,
      async (manager) => {
        const cut = await resolveCut(manager, asOf, q.validAt);
        const search = { ...params, types: q.types, categories: q.categories, actorId: q.actorId, role: q.role };
        const page = await cursorErrors(() =>
          searchLookbackEvents(manager, cut, { ...search, limit: q.limit ?? 100, cursor: q.cursor }),
        );
        return { cut, ...page };
      },
      readWant(q, request),
    );
    await this.access.record(actor, request, {
      recordType: 'lookback:events',
      recordIds: [...new Set(result.items.map((e) => e.streamId))],
      asOfPosition: stamp.asOfPosition,
    });
    return { ...result, ...stamp };
  }
}
