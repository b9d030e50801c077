import { Controller, Get, PayloadTooLargeException, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { InspectionRegisterItem, queryInspectionRegister } from '@hazard-ledger/read-models';
import { cursorErrors, readWant, timeOf } from '../ledgers/ledger-read';
import { AccessRecorder } from '../reads/record-access';
import { ReadStamps } from '../reads/read-stamp.service';
import { INSPECTION_REGISTER, registerQueryOf } from '../inspections/get-inspection-register/inspection-register-read';
import { InspectionRegisterExportQueryDto } from '../inspections/get-inspection-register/inspection-register.query-dto';
import { INSPECTION_REGISTER_EXPORT } from './inspection-register-columns';
import { exportFile } from './export-file';

const MAX_ROWS = 100_000;
const PAGE = 1_000;

/** The inspection register as a file: same filters and time slice as the list, one access entry naming every row. */
@ApiTags('exports 导出')
@ApiBearerAuth()
@ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
@Controller()
export class InspectionRegisterExportController {
  constructor(
    private readonly stamps: ReadStamps,
    private readonly access: AccessRecorder,
  ) {}

  @Get('inspection-register/export')
  @ApiOperation({ summary: '导出检查台账 / Export the inspection register (.xlsx or .csv), same filters and as-of' })
  async export(
    @Query() q: InspectionRegisterExportQueryDto,
    @CurrentActor() actor: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const base = registerQueryOf(q, actor, PAGE);
    // Every page from one snapshot: the file is the read model exactly at asOfPosition.
    const { result: rows, stamp } = await this.stamps.read(
      INSPECTION_REGISTER,
      async (manager) => {
        const all: InspectionRegisterItem[] = [];
        let cursor = q.cursor;
        do {
          const next = await cursorErrors(() => queryInspectionRegister(manager, { ...base, cursor }));
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
      recordType: INSPECTION_REGISTER,
      recordIds: rows.map((r) => r.inspectionId),
      asOfPosition: stamp.asOfPosition,
    });
    const meta = { title: '检查台账', ...stamp, ...timeOf(q), exportedBy: `${actor.name} (${actor.id})` };
    return exportFile(
      q.format ?? 'xlsx',
      INSPECTION_REGISTER_EXPORT,
      rows as unknown as Record<string, unknown>[],
      meta,
      res,
    );
  }
}
