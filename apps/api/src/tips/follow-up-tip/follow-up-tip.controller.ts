import {
  Body,
  Controller,
  Header,
  HttpCode,
  HttpException,
  Inject,
  NotFoundException,
  Post,
  Req,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { Public } from '@hazard-ledger/auth';
import { streams } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { TipVault } from '@hazard-ledger/tip-vault';
import { reporterViewOf } from '../shared/tip-view';
import { FollowUpTipRequest } from './follow-up-tip.request';
import { AttemptLimiter } from './attempt-limiter';

const NO_MATCH = '举报编号或约定密码不正确 / No tip matches this number and claim code';

/**
 * The reporter's own follow-up (密码约定): no account, no name. The number and code answer that one tip's
 * feedback and nothing else; a wrong number and a wrong code get the same answer in the same time.
 */
@ApiTags('tips 举报')
@Controller('tips')
export class FollowUpTipController {
  constructor(
    private readonly vault: TipVault,
    private readonly limiter: AttemptLimiter,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Post('follow-up')
  @Public()
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: '举报人查询办理结果 / The reporter follows up with the tip number and claim code (no login)',
  })
  async followUp(@Body() body: FollowUpTipRequest, @Req() request: Request) {
    if (!(await this.limiter.allow(body.tipNo, request.ip ?? 'unknown')))
      throw new HttpException('尝试过于频繁，请稍后再试 / Too many attempts: try again later', 429);
    const tipId = await this.vault.claim(body.tipNo, body.claimCode);
    if (!tipId) throw new NotFoundException(NO_MATCH);
    return reporterViewOf(body.tipNo, await this.store.readStream(streams.tip(tipId)));
  }
}
