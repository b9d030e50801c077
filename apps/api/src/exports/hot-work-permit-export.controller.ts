import { Controller, Get, PayloadTooLargeException, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { HotWorkPermitItem, queryHotWorkPermits } from '@hazard-ledger/read-models';
import { cursorErrors, readWant, timeOf } from '../ledgers/ledger-read';
import { AccessRecorder } from '../reads/record-access';
import { ReadStamps } from '../reads/read-stamp.service';
import {
  HOT_WORK_PERMIT_REGISTER,
  permitQueryOf,
} from '../hot-work-permits/get-hot-work-permit-register/hot-work-permit-register-read';
import { HotWorkPermitRegisterExportQueryDto } from '../hot-work-permits/get-hot-work-permit-register/hot-work-permit-register.query-dto';
import { HOT_WORK_PERMIT_EXPORT } from './hot-work-permit-columns';
import { exportFile } from './export-file';

const MAX_ROWS = 100_000;
const PAGE = 1_000;

/** The hot-work permit register as a file: same filters and time slice as the list, one access entry naming every row. */
@ApiTags('exports 导出')
@ApiBearerAuth()
@ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
@Controller()
export class HotWorkPermitExportController {
  constructor(
    private readonly stamps: ReadStamps,
    private readonly access: AccessRecorder,
  ) {}

  @Get('hot-work-permit-register/export')
  @ApiOperation({
    summary: '导出动火作业票台账 / Export the hot-work permit register (.xlsx or .csv), same filters and as-of',
  })
  async export(
    @Query() q: HotWorkPermitRegisterExportQueryDto,
    @CurrentActor() actor: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const base = permitQueryOf(q, actor, PAGE);
    const { result: rows, stamp } = await this.stamps.read(
      HOT_WORK_PERMIT_REGISTER,
      async (manager) => {
        const all: HotWorkPermitItem[] = [];
        let cursor = q.cursor;
        do {
          const next = await cursorErrors(() => queryHotWorkPermits(manager, { ...base, cursor }));
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
      recordType: HOT_WORK_PERMIT_REGISTER,
      recordIds: rows.map((r) => r.permitId),
      asOfPosition: stamp.asOfPosition,
    });
    const meta = { title: '动火作业票台账', ...stamp, ...timeOf(q), exportedBy: `${actor.name} (${actor.id})` };
    return exportFile(
      q.format ?? 'xlsx',
      HOT_WORK_PERMIT_EXPORT,
      rows as unknown as Record<string, unknown>[],
      meta,
      res,
    );
  }
}
