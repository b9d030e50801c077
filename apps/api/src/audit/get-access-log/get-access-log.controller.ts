import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { AccessLog } from '@hazard-ledger/access-log';
import { cursorErrors } from '../../ledgers/ledger-read';
import { AccessRecorder } from '../../reads/record-access';
import { assertLookBackRole } from '../audit-roles';
import { AccessLogQueryDto } from '../audit.query-dto';

@ApiTags('audit 审计')
@ApiBearerAuth()
@Controller('access-log')
export class GetAccessLogController {
  constructor(
    private readonly log: AccessLog,
    private readonly access: AccessRecorder,
  ) {}

  @Get()
  @ApiOperation({
    summary: '访问日志 / Who viewed which records, when, as of which position (e.g. who saw hazard H before T)',
  })
  async find(@Query() q: AccessLogQueryDto, @CurrentActor() actor: Actor, @Req() request: Request) {
    // The audit administrator (审计管理员) reviews exactly this kind of log.
    assertLookBackRole(actor, ['audit_admin']);
    const page = await cursorErrors(() => this.log.find({ ...q, limit: 200 }));
    await this.access.record(actor, request, { recordType: 'access-log', recordIds: q.recordId ? [q.recordId] : [] });
    return page;
  }
}
