import { Controller, Get, NotFoundException, Param, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { EnterpriseFileDoc, queryDutyDocs } from '@hazard-ledger/read-models';
import { readWant, timeOf } from '../../ledgers/ledger-read';
import { AccessRecorder } from '../../reads/record-access';
import { ReadStamps } from '../../reads/read-stamp.service';
import { readScopeOf } from '../../reads/read-scope';
import { DUTY_READ_NOTE } from '../shared/duty-register-read';
import { DutyReadQueryDto } from '../shared/duty-read.query-dto';

const NAME = 'enterprise-file-register';

@ApiTags('duties 外包·普查·精查·一企一档')
@ApiBearerAuth()
@Controller('enterprise-files')
export class GetEnterpriseFileController {
  constructor(
    private readonly stamps: ReadStamps,
    private readonly access: AccessRecorder,
  ) {}

  @Get(':mineId')
  @ApiOperation({ summary: '一企一档 / The mine’s file with every change (who, when)', description: DUTY_READ_NOTE })
  async get(
    @Param('mineId') mineId: string,
    @Query() q: DutyReadQueryDto,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    const scope = readScopeOf(actor);
    const time = timeOf(q);
    const { result, stamp } = await this.stamps.read(
      NAME,
      (m) =>
        queryDutyDocs<EnterpriseFileDoc>(m, 'enterprise_file_register', 'file_mine_id', { scope, id: mineId, ...time }),
      readWant(q, request),
    );
    // Not in scope reads as absent: a reader learns nothing of other mines' files.
    if (result.length === 0)
      throw new NotFoundException(`矿山 ${mineId} 无档案或无权查看 / No file for mine ${mineId} in your scope`);
    await this.access.record(actor, request, {
      recordType: NAME,
      recordIds: [mineId],
      asOfPosition: stamp.asOfPosition,
    });
    return { file: result[0], ...stamp, ...time };
  }
}
