import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { EnforcementBoardReader } from '../enforcement-board-read';
import { SuspensionBoardQueryDto } from '../enforcement-board.query-dto';

@ApiTags('boards 看板')
@ApiBearerAuth()
@Controller('boards')
export class GetMinesUnderSuspensionController {
  constructor(private readonly boards: EnforcementBoardReader) {}

  @Get('mines-under-suspension')
  @ApiOperation({
    summary: '停产整顿矿山 / Mines under suspension: the order, since when, the hazards it names, 复产 status',
    description: 'hazardId 过滤即隐患一侧所见的同一停产事实 / filter by hazardId: the same fact seen from the hazard',
  })
  list(@Query() q: SuspensionBoardQueryDto, @CurrentActor() actor: Actor, @Req() request: Request) {
    return this.boards.read('mines-under-suspension', q, actor, request);
  }
}
