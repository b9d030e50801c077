import { BadRequestException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Request } from 'express';
import { Actor, LogPosition, LookbackCase, comparePositions } from '@hazard-ledger/domain';
import { EVENT_FEED, EventFeed, compareInstants } from '@hazard-ledger/projection-engine';
import {
  LookbackCut,
  LookbackParamMissing,
  LookbackQuery,
  LookbackRow,
  findLookbackQuery,
  paramsNotTaken,
  resolveCut,
  runLookback,
  runLookbackPage,
  searchLookbackEvents,
} from '@hazard-ledger/read-models';
import { cursorErrors, readWant } from '../ledgers/ledger-read';
import { AccessRecorder } from '../reads/record-access';
import { ReadStamp, ReadStamps } from '../reads/read-stamp.service';
import { assertLookBackRole } from '../audit/audit-roles';
import { LookbackEventsQueryDto, LookbackQueryDto, LookbackRunQueryDto } from './lookback.query-dto';
import { LookbackCases, answerBytes } from './cases/lookback-cases';

export const FACTS = 'lookback-facts';

type Row = LookbackRow & { writtenAfterCaseOpened?: boolean };

/** What an answer is, canonically: this (and only this) is digested and frozen. */
export interface CanonicalAnswer {
  caseId: string | null;
  query: { id: string; version: number };
  params: Record<string, string>;
  cut: LookbackCut;
  rows: Row[];
  /** Present when one page was asked for: the digest covers the page, `total` counts the whole answer. */
  page?: { limit: number; after: string | null; nextCursor: string | null };
}

export interface LookbackAnswer extends CanonicalAnswer, ReadStamp {
  title: LookbackQuery['title'];
  total: number;
  answerDigest: string;
}

const paramsOf = (q: LookbackQueryDto) => {
  if (q.from && q.to && Date.parse(q.from) > Date.parse(q.to))
    throw new BadRequestException('期间起不能晚于期间止 / from must not be after to');
  const all = { hazardId: q.hazardId, mineId: q.mineId, jurisdiction: q.jurisdiction, from: q.from, to: q.to };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)) as Record<string, string>;
};

// "Amended after a case opened": an evidence event about the case's mines or persons, recorded after it opened.
const flagged = (rows: LookbackRow[], lookbackCase: LookbackCase): Row[] =>
  rows.map((row) => ({
    ...row,
    writtenAfterCaseOpened: row.evidence.some(
      (e) =>
        compareInstants(e.recordedAt, lookbackCase.openedAt) > 0 &&
        ((e.mineId !== null && lookbackCase.subject.mineIds.includes(e.mineId)) ||
          lookbackCase.subject.personIds.includes(e.actor.id)),
    ),
  }));

/** Runs look-back queries for auditors and investigators: one snapshot, the cut stated, every answer access-logged. */
@Injectable()
export class LookbackReader {
  constructor(
    private readonly stamps: ReadStamps,
    private readonly access: AccessRecorder,
    private readonly cases: LookbackCases,
    @Inject(EVENT_FEED) private readonly feed: EventFeed,
  ) {}

  /**
   * "As of T" must see every fact recorded at or before T, so the read first waits (bounded, 503 when not reached)
   * for the facts to reach the log's head, or the client's minPosition if later. The head is the store's settled
   * one where it has it: taken once every append stamped before its clock has ended, and that clock is T when the
   * client names none — so a re-run at the answer's cut finds the same facts (ADR 20261207-settled-now). A T in the
   * future is answered as asked (deadlines judged then) but can still gain events, so it is never frozen.
   */
  private async cutOf(
    q: LookbackQueryDto,
    request: Request,
    settledOnly = false,
  ): Promise<{ asOf: string; want: { minPosition: LogPosition; waitMs?: number } }> {
    const asked = readWant(q, request);
    const settled = this.feed.settledNow ? await this.feed.settledNow(asked.waitMs) : undefined;
    const head = settled?.head ?? (await this.feed.headPosition());
    const minPosition = asked.minPosition && comparePositions(asked.minPosition, head) > 0 ? asked.minPosition : head;
    const now = settled?.at ?? new Date().toISOString();
    if (settledOnly && q.asOf && compareInstants(q.asOf, now) > 0)
      throw new BadRequestException(
        `截点 ${q.asOf} 晚于当前（${now}），其答案仍可能变化，不能冻结 / a cut after now (${now}) can still change and cannot be frozen`,
      );
    return { asOf: q.asOf ?? now, want: { minPosition, waitMs: asked.waitMs } };
  }

  queryOf(id: string): LookbackQuery {
    const query = findLookbackQuery(id);
    if (!query) throw new NotFoundException(`没有该倒查查询 / No look-back query "${id}"`);
    return query;
  }

  /** Answers a query; with `caseId` (investigators only) the run is recorded in the case and rows are flagged. */
  async run(
    id: string,
    q: LookbackRunQueryDto,
    actor: Actor,
    request: Request,
    kind: 'read' | 'export' = 'read',
    /** Refuse a cut in the future (a frozen answer must never change). */
    settledOnly = false,
  ): Promise<LookbackAnswer> {
    assertLookBackRole(actor);
    if (q.caseId && actor.role !== 'investigator')
      throw new ForbiddenException('只有调查人员可在倒查案件中查询 / Only investigators run queries inside a case');
    const query = this.queryOf(id);
    const params = paramsOf(q);
    const notTaken = paramsNotTaken(query, params);
    if (notTaken.length > 0)
      throw new BadRequestException(
        `${query.id} 不接受参数 ${notTaken.join('、')}（见查询目录）/ ${query.id} takes no ${notTaken.join(', ')} (see the catalogue)`,
      );
    const lookbackCase = q.caseId ? await this.cases.load(q.caseId) : undefined;
    const { asOf, want } = await this.cutOf(q, request, settledOnly);
    const paged =
      q.limit !== undefined || q.cursor !== undefined ? { limit: q.limit ?? 100, after: q.cursor } : undefined;
    const { result, stamp } = await this.stamps.read(
      FACTS,
      async (manager) => {
        const cut = await resolveCut(manager, asOf);
        try {
          if (!paged) return { cut, rows: await runLookback(manager, query, cut, params), page: undefined };
          const page = await cursorErrors(() => runLookbackPage(manager, query, cut, params, paged));
          return {
            cut,
            ...page,
            page: { limit: paged.limit, after: paged.after ?? null, nextCursor: page.nextCursor },
          };
        } catch (error) {
          if (error instanceof LookbackParamMissing) throw new BadRequestException(error.message);
          throw error;
        }
      },
      want,
    );
    const canonical: CanonicalAnswer = {
      caseId: q.caseId ?? null,
      query: { id: query.id, version: query.version },
      params,
      cut: result.cut,
      rows: lookbackCase ? flagged(result.rows, lookbackCase) : result.rows,
      ...(result.page ? { page: result.page } : {}),
    };
    await this.access.record(actor, request, {
      kind,
      recordType: `lookback:${query.id}`,
      recordIds: [...new Set(canonical.rows.flatMap((r) => r.evidence.map((e) => e.streamId)))],
      asOfPosition: stamp.asOfPosition,
    });
    const { answerDigest } = answerBytes(canonical);
    const total = 'total' in result ? result.total : canonical.rows.length;
    return { ...canonical, title: query.title, ...stamp, total, answerDigest };
  }

  async search(q: LookbackEventsQueryDto, actor: Actor, request: Request) {
    assertLookBackRole(actor);
    const params = paramsOf(q);
    const { asOf, want } = await this.cutOf(q, request);
    const { result, stamp } = await this.stamps.read(
      FACTS,
      async (manager) => {
        const cut = await resolveCut(manager, asOf);
        const search = { ...params, types: q.types, categories: q.categories, actorId: q.actorId, role: q.role };
        const page = await cursorErrors(() =>
          searchLookbackEvents(manager, cut, { ...search, limit: q.limit ?? 100, cursor: q.cursor }),
        );
        return { cut, ...page };
      },
      want,
    );
    await this.access.record(actor, request, {
      recordType: 'lookback:events',
      recordIds: [...new Set(result.items.map((e) => e.streamId))],
      asOfPosition: stamp.asOfPosition,
    });
    return { ...result, ...stamp };
  }
}
