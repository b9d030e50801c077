import { Controller, Get, PayloadTooLargeException, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { EntityManager } from 'typeorm';
import { CurrentActor } from '@hazard-ledger/auth';
import { assertSourceFilterAllowed, withoutTipOrigin } from '../reads/tip-origin';
import { Actor } from '@hazard-ledger/domain';
import { BoardQuery, Page, queryHazardLedger } from '@hazard-ledger/read-models';
import { BOARDS, BoardName } from '../boards/board-read';
import { cursorErrors, filterOf, readWant, timeOf } from '../ledgers/ledger-read';
import { AccessRecorder } from '../reads/record-access';
import { ReadStamps } from '../reads/read-stamp.service';
import { readScopeOf } from '../reads/read-scope';
import { DUAL_REPORT_EXPORT, ExportColumn, LEDGER_EXPORT, SUPERVISION_EXPORT } from './export-columns';
import { exportFile } from './export-file';
import { BoardExportQueryDto, LedgerExportQueryDto } from './export.query-dto';

const MAX_ROWS = 100_000;
const PAGE = 1_000;

/** Exports honour the same filters and time slice as the lists; each is one access entry naming every row sent. */
@ApiTags('exports 导出')
@ApiBearerAuth()
@ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
@Controller()
export class ExportController {
  constructor(
    private readonly stamps: ReadStamps,
    private readonly access: AccessRecorder,
  ) {}

  @Get('ledgers/hazards/export')
  @ApiOperation({ summary: '导出隐患台账 / Export the hazard ledger (.xlsx or .csv), same filters and as-of' })
  async ledger(
    @Query() q: LedgerExportQueryDto,
    @CurrentActor() actor: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    assertSourceFilterAllowed(actor, q.source);
    const base = {
      filter: filterOf(q),
      scope: readScopeOf(actor),
      ...timeOf(q),
      now: new Date().toISOString(),
      sort: q.sort ?? 'discoveredAt',
      order: q.order ?? 'asc',
      limit: PAGE,
    } as const;
    return this.send('hazard-ledger', '隐患台账', LEDGER_EXPORT, q, actor, req, res, (manager, cursor) =>
      queryHazardLedger(manager, { ...base, cursor }),
    );
  }

  @Get('boards/dual-reports/export')
  @ApiOperation({ summary: '导出双报告看板 / Export the 双报告 board' })
  dualReports(
    @Query() q: BoardExportQueryDto,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.board('dual-report-board', '双报告看板', DUAL_REPORT_EXPORT, q, a, req, res);
  }

  @Get('boards/supervision/export')
  @ApiOperation({ summary: '导出挂牌督办看板 / Export the 挂牌督办 board' })
  supervision(
    @Query() q: BoardExportQueryDto,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.board('supervision-board', '挂牌督办看板', SUPERVISION_EXPORT, q, a, req, res);
  }

  private board(
    name: BoardName,
    title: string,
    columns: ExportColumn[],
    q: BoardExportQueryDto,
    actor: Actor,
    req: Request,
    res: Response,
  ) {
    const base: BoardQuery = {
      scope: readScopeOf(actor),
      mineId: q.mineId,
      jurisdiction: q.jurisdiction,
      open: q.open,
      flagged: q.flagged,
      ...timeOf(q),
      now: new Date().toISOString(),
      limit: PAGE,
    };
    return this.send(
      name,
      title,
      columns,
      q,
      actor,
      req,
      res,
      (manager, cursor) => BOARDS[name](manager, { ...base, cursor }) as Promise<Page<Record<string, unknown>>>,
    );
  }

  private async send(
    projection: string,
    title: string,
    columns: ExportColumn[],
    q: LedgerExportQueryDto | BoardExportQueryDto,
    actor: Actor,
    req: Request,
    res: Response,
    page: (manager: EntityManager, cursor?: string) => Promise<{ items: object[]; total: number; nextCursor?: string }>,
  ): Promise<StreamableFile> {
    // Every page from one snapshot: the file is the read model exactly at asOfPosition.
    const { result: rows, stamp } = await this.stamps.read(
      projection,
      async (manager) => {
        const all: Record<string, unknown>[] = [];
        let cursor: string | undefined = q.cursor;
        do {
          const next = await cursorErrors(() => page(manager, cursor));
          if (next.total > MAX_ROWS)
            throw new PayloadTooLargeException(
              `导出超过 ${MAX_ROWS} 行，请缩小筛选范围 / More than ${MAX_ROWS} rows: narrow the filters`,
            );
          all.push(...(next.items as Record<string, unknown>[]));
          cursor = next.nextCursor;
        } while (cursor);
        return all;
      },
      readWant(q, req),
    );
    await this.access.record(actor, req, {
      kind: 'export',
      recordType: projection,
      recordIds: rows.map((r) => String(r.hazardId)),
      asOfPosition: stamp.asOfPosition,
    });
    return exportFile(
      q.format ?? 'xlsx',
      columns,
      withoutTipOrigin(actor, rows),
      { title, ...stamp, ...timeOf(q), exportedBy: `${actor.name} (${actor.id})` },
      res,
    );
  }
}
