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
export class GetSupervisionBoardController {
  constructor(private readonly boards: BoardReader) {}

  @Get('supervision')
  @ApiOperation({
    summary: '挂牌督办看板 / Listed hazards: deadlines, extensions (requested, decided, by whom), overdue',
  })
  list(@Query() q: BoardQueryDto, @CurrentActor() actor: Actor, @Req() request: Request) {
    return this.boards.read('supervision-board', q, actor, request);
  }
}
