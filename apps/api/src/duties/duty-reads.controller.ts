import { Controller, Get, Inject, Param, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { NotFoundException } from '@nestjs/common';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { EnterpriseFileDoc, queryDutyDocs } from '@hazard-ledger/read-models';
import { exportFile } from '../exports/export-file';
import { readWant, timeOf } from '../ledgers/ledger-read';
import { AccessRecorder } from '../reads/record-access';
import { ReadStamps } from '../reads/read-stamp.service';
import { readScopeOf } from '../reads/read-scope';
import { CLOCK, Clock } from '../shared/clock';
import { DUTY_REGISTERS, DutyRegister } from './duty-registers';
import { DutyReadQueryDto } from './duty-read.query-dto';

const TIME =
  'asOf = 系统时间 / system time; validAt = 有效时间 / valid time. 每次查询记入访问日志 / every read is logged.';

/** Issue 14's registers and boards, as of any time, each read in the access log; and each as .xlsx/.csv. */
@ApiTags('duties 外包·普查·精查·一企一档')
@ApiBearerAuth()
@Controller()
export class DutyReadsController {
  constructor(
    private readonly stamps: ReadStamps,
    private readonly access: AccessRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private async rows(register: DutyRegister, q: DutyReadQueryDto, actor: Actor, req: Request, kind?: 'export') {
    const scope = readScopeOf(actor);
    const time = timeOf(q);
    const at = q.validAt ?? q.asOf ?? this.clock.now();
    const { result, stamp } = await this.stamps.read(
      register.name,
      (m) => register.rows(m, q, scope, at),
      readWant(q, req),
    );
    const rows = kind ? result : result.slice(0, q.limit ?? 500);
    await this.access.record(actor, req, {
      ...(kind ? { kind } : {}),
      recordType: register.name,
      recordIds: rows.map(register.idOf),
      asOfPosition: stamp.asOfPosition,
    });
    return { rows, stamp, time, at };
  }

  private async list(register: DutyRegister, q: DutyReadQueryDto, actor: Actor, req: Request) {
    const { rows, stamp, time, at } = await this.rows(register, q, actor, req);
    return { items: rows, total: rows.length, judgedAt: at, ...stamp, ...time };
  }

  private async file(register: DutyRegister, q: DutyReadQueryDto, actor: Actor, req: Request, res: Response) {
    const { rows, stamp, time } = await this.rows(register, q, actor, req, 'export');
    const meta = { title: register.title, ...stamp, ...time, exportedBy: `${actor.name} (${actor.id})` };
    return exportFile(q.format ?? 'xlsx', register.columns, rows, meta, res);
  }

  @Get('contractor-register')
  @ApiOperation({
    summary: '外包单位台账 / Contractors: qualification, contract, missing monthly assessments, limit',
    description: TIME,
  })
  contractors(@Query() q: DutyReadQueryDto, @CurrentActor() a: Actor, @Req() req: Request) {
    return this.list(DUTY_REGISTERS.contractors, q, a, req);
  }

  @Get('hidden-factor-register')
  @ApiOperation({ summary: '隐蔽致灾因素普查台账 / The census of hidden factors per mine', description: TIME })
  census(@Query() q: DutyReadQueryDto, @CurrentActor() a: Actor, @Req() req: Request) {
    return this.list(DUTY_REGISTERS.census, q, a, req);
  }

  @Get('exam-items')
  @ApiOperation({
    summary: '体检式精查事项 / Exam items; ?pastDeadline=true: past their deadline, with owners',
    description: TIME,
  })
  examItems(@Query() q: DutyReadQueryDto, @CurrentActor() a: Actor, @Req() req: Request) {
    return this.list(DUTY_REGISTERS.examItems, q, a, req);
  }

  @Get('certificate-board')
  @ApiOperation({
    summary: '证书到期看板 / Certificates expired or expiring within the policy window',
    description: TIME,
  })
  certificates(@Query() q: DutyReadQueryDto, @CurrentActor() a: Actor, @Req() req: Request) {
    return this.list(DUTY_REGISTERS.certificates, q, a, req);
  }

  @Get('enterprise-files/:mineId')
  @ApiOperation({ summary: '一企一档 / The mine’s file with every change (who, when)', description: TIME })
  async enterpriseFile(
    @Param('mineId') mineId: string,
    @Query() q: DutyReadQueryDto,
    @CurrentActor() a: Actor,
    @Req() req: Request,
  ) {
    const scope = readScopeOf(a);
    const time = timeOf(q);
    const { result, stamp } = await this.stamps.read(
      'enterprise-file-register',
      (m) =>
        queryDutyDocs<EnterpriseFileDoc>(m, 'enterprise_file_register', 'file_mine_id', { scope, id: mineId, ...time }),
      readWant(q, req),
    );
    if (result.length === 0)
      throw new NotFoundException(`矿山 ${mineId} 无档案或无权查看 / No file for mine ${mineId} in your scope`);
    await this.access.record(a, req, {
      recordType: 'enterprise-file-register',
      recordIds: [mineId],
      asOfPosition: stamp.asOfPosition,
    });
    return { file: result[0], ...stamp, ...time };
  }

  @Get(['contractor-register/export', 'hidden-factor-register/export', 'exam-items/export', 'certificate-board/export'])
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOperation({ summary: '导出（中文表头）/ Export the register (.xlsx or .csv), same filters and as-of' })
  export(
    @Query() q: DutyReadQueryDto,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const which = req.path.split('/').filter(Boolean)[0];
    const register =
      {
        'contractor-register': DUTY_REGISTERS.contractors,
        'hidden-factor-register': DUTY_REGISTERS.census,
        'exam-items': DUTY_REGISTERS.examItems,
      }[which] ?? DUTY_REGISTERS.certificates;
    return this.file(register, q, a, req, res);
  }
}
