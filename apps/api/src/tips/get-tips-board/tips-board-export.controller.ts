import { Controller, Get, PayloadTooLargeException, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { TipsBoardItem, queryTipsBoard } from '@hazard-ledger/read-models';
import { cursorErrors, readWant, timeOf } from '../../ledgers/ledger-read';
import { AccessRecorder } from '../../reads/record-access';
import { ReadStamps } from '../../reads/read-stamp.service';
import { exportFile } from '../../exports/export-file';
import { TIPS_BOARD, TipsBoardReader } from './tips-board-read';
import { TipsBoardExportQueryDto } from './tips-board.query-dto';
import { TIPS_BOARD_EXPORT } from './tips-board-columns';

const MAX_ROWS = 100_000;
const PAGE = 1_000;

/** The tips board as a file: same filters and time slice as the list, one access entry naming every row. */
@ApiTags('exports 导出')
@ApiBearerAuth()
@ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
@Controller()
export class TipsBoardExportController {
  constructor(
    private readonly stamps: ReadStamps,
    private readonly access: AccessRecorder,
    private readonly board: TipsBoardReader,
  ) {}

  @Get('tips-board/export')
  @ApiOperation({ summary: '导出举报看板 / Export the tips board (.xlsx or .csv), same filters and as-of' })
  async export(
    @Query() q: TipsBoardExportQueryDto,
    @CurrentActor() actor: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const base = this.board.queryOf(q, actor, PAGE);
    const { result: rows, stamp } = await this.stamps.read(
      TIPS_BOARD,
      async (manager) => {
        const all: TipsBoardItem[] = [];
        let cursor = q.cursor;
        do {
          const next = await cursorErrors(() => queryTipsBoard(manager, { ...base, cursor }));
          if (next.total > MAX_ROWS)
            throw new PayloadTooLargeException(`导出超过 ${MAX_ROWS} 行，请缩小筛选范围 / More than ${MAX_ROWS} rows`);
          all.push(...next.items);
          cursor = next.nextCursor;
        } while (cursor);
        return all;
      },
      readWant(q, req),
    );
    await this.access.record(actor, req, {
      kind: 'export',
      recordType: TIPS_BOARD,
      recordIds: rows.map((r) => r.tipId),
      asOfPosition: stamp.asOfPosition,
    });
    const meta = { title: '举报看板', ...stamp, ...timeOf(q), exportedBy: `${actor.name} (${actor.id})` };
    return exportFile(q.format ?? 'xlsx', TIPS_BOARD_EXPORT, rows as unknown as Record<string, unknown>[], meta, res);
  }
}
