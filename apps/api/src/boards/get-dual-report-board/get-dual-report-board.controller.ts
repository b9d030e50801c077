import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { BoardReader } from '../board-read';
import { BoardQueryDto } from '../board.query-dto';

@ApiTags('boards 看板')
@ApiBearerAuth()
@Controller('boards')
export class GetDualReportBoardController {
  constructor(private readonly boards: BoardReader) {}

  @Get('dual-reports')
  @ApiOperation({
    summary: '双报告看板 / Per major hazard: each report’s receipt, its delay against the policy in force, breaches',
    description:
      '时限取自决定时所引用的政策版本（占位数值，待区局确定）/ allowances come from the policy version the determination cites (placeholder numbers until the bureau sets them)',
  })
  list(@Query() q: BoardQueryDto, @CurrentActor() actor: Actor, @Req() request: Request) {
    return this.boards.read('dual-report-board', q, actor, request);
  }
}
