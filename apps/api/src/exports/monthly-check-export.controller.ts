import { Controller, Get, PayloadTooLargeException, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { MonthlyCheckRegisterItem, queryMonthlyCheckRegister } from '@hazard-ledger/read-models';
import { cursorErrors, readWant, timeOf } from '../ledgers/ledger-read';
import { AccessRecorder } from '../reads/record-access';
import { ReadStamps } from '../reads/read-stamp.service';
import {
  MONTHLY_CHECK_REGISTER,
  monthlyRegisterQueryOf,
} from '../monthly-checks/get-monthly-check-register/monthly-check-register-read';
import {
  MonthlyCheckBoardExportQueryDto,
  MonthlyCheckRegisterExportQueryDto,
} from '../monthly-checks/get-monthly-check-register/monthly-check-register.query-dto';
import { MonthlyCheckBoardReader } from '../monthly-checks/get-monthly-check-board/monthly-check-board-read';
import { MONTHLY_CHECK_BOARD_EXPORT, MONTHLY_CHECK_REGISTER_EXPORT } from './monthly-check-columns';
import { exportFile } from './export-file';

const MAX_ROWS = 100_000;
const PAGE = 1_000;
type Rows = Record<string, unknown>[];

/** The monthly-check register and board as files: same filters and time slice as the reads, logged as exports. */
@ApiTags('exports 导出')
@ApiBearerAuth()
@ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
@Controller()
export class MonthlyCheckExportController {
  constructor(
    private readonly stamps: ReadStamps,
    private readonly access: AccessRecorder,
    private readonly board: MonthlyCheckBoardReader,
  ) {}

  @Get('monthly-check-register/export')
  @ApiOperation({
    summary: '导出月度排查台账 / Export the monthly-check register (.xlsx or .csv), same filters and as-of',
  })
  async register(
    @Query() q: MonthlyCheckRegisterExportQueryDto,
    @CurrentActor() actor: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const base = monthlyRegisterQueryOf(q, actor, PAGE);
    const { result: rows, stamp } = await this.stamps.read(
      MONTHLY_CHECK_REGISTER,
      async (manager) => {
        const all: MonthlyCheckRegisterItem[] = [];
        let cursor = q.cursor;
        do {
          const next = await cursorErrors(() => queryMonthlyCheckRegister(manager, { ...base, cursor }));
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
      recordType: MONTHLY_CHECK_REGISTER,
      recordIds: rows.map((r) => r.checkId),
      asOfPosition: stamp.asOfPosition,
    });
    const meta = {
      title: '月度重大事故隐患排查台账',
      ...stamp,
      ...timeOf(q),
      exportedBy: `${actor.name} (${actor.id})`,
    };
    return exportFile(q.format ?? 'xlsx', MONTHLY_CHECK_REGISTER_EXPORT, rows as unknown as Rows, meta, res);
  }

  @Get('boards/monthly-check/export')
  @ApiOperation({ summary: '导出每月排查看板 / Export the monthly-check board (.xlsx or .csv)' })
  async boardFile(
    @Query() q: MonthlyCheckBoardExportQueryDto,
    @CurrentActor() actor: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { rows, stamp, time, mineId } = await this.board.rows(q, actor, req, 'export');
    const meta = {
      title: `每月排查看板-${mineId ?? '全部'}`,
      ...stamp,
      ...time,
      exportedBy: `${actor.name} (${actor.id})`,
    };
    return exportFile(q.format ?? 'xlsx', MONTHLY_CHECK_BOARD_EXPORT, rows as unknown as Rows, meta, res);
  }
}
