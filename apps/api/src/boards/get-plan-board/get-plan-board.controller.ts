import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { EnforcementBoardReader } from '../enforcement-board-read';
import { PlanBoardQueryDto } from '../enforcement-board.query-dto';

@ApiTags('boards 看板')
@ApiBearerAuth()
@Controller('boards')
export class GetPlanBoardController {
  constructor(private readonly boards: EnforcementBoardReader) {}

  @Get('enforcement-plan')
  @ApiOperation({
    summary: '执法计划执行看板 / Plan board: inspections planned vs done per mine, 四不两直 share, joint per quarter',
    description: 'underInspected 年度结束仍未达计划；overCap 超过每矿每年上限（现行政策）/ flags judged at asOf',
  })
  list(@Query() q: PlanBoardQueryDto, @CurrentActor() actor: Actor, @Req() request: Request) {
    return this.boards.read('plan-board', q, actor, request);
  }
}
