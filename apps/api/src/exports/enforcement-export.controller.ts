import { Controller, Get, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { EnforcementBoard, EnforcementBoardReader } from '../boards/enforcement-board-read';
import { OffsetReadQuery, PlanBoardQueryDto, SuspensionBoardQueryDto } from '../boards/enforcement-board.query-dto';
import { timeOf } from '../ledgers/ledger-read';
import { ExportColumn } from './export-columns';
import { PLAN_BOARD_EXPORT, SUSPENSION_EXPORT } from './enforcement-export-columns';
import { exportFile } from './export-file';

// One page of this size is the whole export: a jurisdiction has a few hundred mines, not a hundred thousand.
const MAX_ROWS = 100_000;

/** Excel (or CSV) of the enforcement boards, same filters and time slice; one access entry naming every row's mine. */
@ApiTags('exports 导出')
@ApiBearerAuth()
@ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
@Controller('boards')
export class EnforcementExportController {
  constructor(private readonly boards: EnforcementBoardReader) {}

  @Get('mines-under-suspension/export')
  @ApiOperation({ summary: '导出停产整顿矿山 / Export mines under suspension' })
  suspensions(
    @Query() q: SuspensionBoardQueryDto,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.send('mines-under-suspension', '停产整顿矿山', SUSPENSION_EXPORT, q, a, req, res);
  }

  @Get('enforcement-plan/export')
  @ApiOperation({ summary: '导出执法计划执行看板 / Export the plan board' })
  plan(
    @Query() q: PlanBoardQueryDto,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.send('plan-board', '执法计划执行看板', PLAN_BOARD_EXPORT, q, a, req, res);
  }

  private async send(
    board: EnforcementBoard,
    title: string,
    columns: ExportColumn[],
    q: OffsetReadQuery,
    actor: Actor,
    req: Request,
    res: Response,
  ): Promise<StreamableFile> {
    const page = await this.boards.read(board, q, actor, req, { kind: 'export', limit: MAX_ROWS });
    const { asOfPosition } = page as unknown as { asOfPosition: string };
    return exportFile(
      q.format ?? 'xlsx',
      columns,
      page.items,
      { title, asOfPosition, ...timeOf(q), exportedBy: `${actor.name} (${actor.id})` },
      res,
    );
  }
}
