import { Controller, Get, Param, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { LookbackRow } from '@hazard-ledger/read-models';
import { ExportColumn } from '../../exports/export-columns';
import { exportFile } from '../../exports/export-file';
import { LookbackReader } from '../lookback-reader';
import { LookbackExportQueryDto } from '../lookback.query-dto';

const cell = (value: unknown): unknown =>
  value === null || value === undefined
    ? ''
    : typeof value === 'object'
      ? JSON.stringify(value)
      : typeof value === 'boolean'
        ? value
          ? '是'
          : '否'
        : value;

// Evidence as "position stream#revision eventId hash" per event, so a row can be checked with `verify`.
const evidenceCell = (row: LookbackRow): string =>
  row.evidence.map((e) => `${e.position} ${e.streamId}#${e.revision} ${e.eventId} ${e.hash}`).join('\n');

@ApiTags('exports 导出')
@ApiBearerAuth()
@ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
@Controller('lookback')
export class ExportLookbackAnswerController {
  constructor(private readonly lookback: LookbackReader) {}

  @Get(':id/export.xlsx')
  @ApiOperation({
    summary: '导出倒查结果 / Export a look-back answer (.xlsx, or .csv with format=csv), evidence per row',
  })
  async export(
    @Param('id') id: string,
    @Query() q: LookbackExportQueryDto,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const answer = await this.lookback.run(id, q, actor, request, 'export');
    const query = this.lookback.queryOf(id);
    const columns: ExportColumn[] = [
      ...query.columns.map((c) => ({ header: c.header, value: (row: Record<string, unknown>) => cell(row[c.field]) })),
      // Inside a case every answer carries the flag, the Excel file included.
      ...(answer.caseId
        ? [
            {
              header: '立案后写入 written after the case opened',
              value: (row: Record<string, unknown>) => cell(row.writtenAfterCaseOpened),
            },
          ]
        : []),
      {
        header: '证据事件 evidence (position stream#revision eventId hash)',
        value: (row) => evidenceCell(row as LookbackRow),
      },
    ];
    const meta = {
      title: `${query.id} ${query.title.zh}`,
      asOfPosition: answer.asOfPosition,
      asOf: answer.cut.asOf,
      validAt: answer.cut.validAt,
      exportedBy: `${actor.name} (${actor.id})`,
    };
    return exportFile(q.format ?? 'xlsx', columns, answer.rows as unknown as Record<string, unknown>[], meta, response);
  }
}
