import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { TipsBoardReader } from './tips-board-read';
import { TipsBoardQueryDto } from './tips-board.query-dto';

@ApiTags('tips 举报')
@ApiBearerAuth()
@Controller('tips-board')
export class GetTipsBoardController {
  constructor(private readonly board: TipsBoardReader) {}

  @Get()
  @ApiOkResponse({ description: '一页举报看板 / one page (items, total, nextCursor, asOfPosition, lagMs)' })
  @ApiOperation({
    summary:
      '举报看板 / Tips per step with their deadlines, overdue steps, objections, rewards, 追责 — never the reporter',
    description:
      'asOf = 系统时间 / system time; validAt = 有效时间 / valid time. 仅监管人员、审计、调查人员 / regulators, auditors, investigators only. 每次查询记入访问日志 / every read is logged.',
  })
  list(@Query() q: TipsBoardQueryDto, @CurrentActor() actor: Actor, @Req() request: Request) {
    return this.board.read(q, actor, request);
  }
}
