import { Controller, Get, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { timeOf } from '../ledgers/ledger-read';
import { RegisterName, RegisterReader } from '../registers/register-read';
import { DocumentRegisterExportQueryDto, PenaltyRegisterExportQueryDto } from '../registers/register.query-dto';
import { DOCUMENT_REGISTER_EXPORT, ExportColumn, PENALTY_REGISTER_EXPORT } from './register-export-columns';
import { exportFile } from './export-file';

/** The regulator's registers as files: same filters and time slice as the lists, one access entry per export. */
@ApiTags('exports 导出')
@ApiBearerAuth()
@ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
@Controller('registers')
export class RegisterExportController {
  constructor(private readonly registers: RegisterReader) {}

  @Get('documents/export')
  @ApiOperation({ summary: '导出执法文书台账 / Export the document register (.xlsx or .csv)' })
  documents(
    @Query() q: DocumentRegisterExportQueryDto,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.send('document-register', '执法文书台账', DOCUMENT_REGISTER_EXPORT, q, a, req, res);
  }

  @Get('penalties/export')
  @ApiOperation({ summary: '导出行政处罚台账 / Export the penalty register (.xlsx or .csv)' })
  penalties(
    @Query() q: PenaltyRegisterExportQueryDto,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.send('penalty-register', '行政处罚台账', PENALTY_REGISTER_EXPORT, q, a, req, res);
  }

  private async send(
    name: RegisterName,
    title: string,
    columns: ExportColumn[],
    q: DocumentRegisterExportQueryDto | PenaltyRegisterExportQueryDto,
    actor: Actor,
    req: Request,
    res: Response,
  ): Promise<StreamableFile> {
    const { items, asOfPosition } = await this.registers.read(name, q, actor, req, { kind: 'export' });
    const meta = { title, asOfPosition, ...timeOf(q), exportedBy: `${actor.name} (${actor.id})` };
    return exportFile(q.format ?? 'xlsx', columns, items, meta, res);
  }
}
