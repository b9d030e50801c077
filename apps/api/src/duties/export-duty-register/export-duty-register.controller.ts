import { Controller, Get, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { DutyRegisterReader } from '../shared/duty-register-read';
import { DUTY_REGISTERS } from '../shared/duty-registers';
import { DutyReadQueryDto } from '../shared/duty-read.query-dto';

const BY_PATH = {
  'contractor-register': DUTY_REGISTERS.contractors,
  'hidden-factor-register': DUTY_REGISTERS.census,
  'exam-items': DUTY_REGISTERS.examItems,
  'certificate-board': DUTY_REGISTERS.certificates,
} as const;

/** Each issue-14 register as .xlsx/.csv with Chinese headers: the same filters and as-of as its page, every row. */
@ApiTags('duties 外包·普查·精查·一企一档')
@ApiBearerAuth()
@Controller()
export class ExportDutyRegisterController {
  constructor(private readonly reader: DutyRegisterReader) {}

  @Get(Object.keys(BY_PATH).map((p) => `${p}/export`))
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOperation({ summary: '导出（中文表头）/ Export the register (.xlsx or .csv), same filters and as-of' })
  export(
    @Query() q: DutyReadQueryDto,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const which = request.path.split('/').filter(Boolean)[0] as keyof typeof BY_PATH;
    return this.reader.file(BY_PATH[which] ?? DUTY_REGISTERS.certificates, q, actor, request, response);
  }
}
