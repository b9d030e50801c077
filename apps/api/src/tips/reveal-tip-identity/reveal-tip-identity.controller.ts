import {
  BadRequestException,
  Body,
  Controller,
  GoneException,
  Header,
  HttpCode,
  Param,
  Post,
  Req,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ReporterIdentity, TipVault } from '@hazard-ledger/tip-vault';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { tipAccessNote } from '../shared/api-docs';
import { CustodianGateway } from '../shared/custodian-gateway';
import { RevealTipIdentityRequest } from './reveal-tip-identity.request';

export const IDENTITY_DESTROYED =
  '举报人身份已销毁，无法查看 / The reporter’s identity has been destroyed and can never be revealed';

/**
 * The one place an identity leaves the vault: one tip, one custodian, one stated reason, and the reveal is an event
 * before the identity is answered. There is no list or bulk form of it.
 */
@ApiTags('tips 举报')
@ApiBearerAuth()
@Controller('tips')
export class RevealTipIdentityController {
  constructor(
    private readonly gateway: CustodianGateway,
    private readonly vault: TipVault,
  ) {}

  @Post(':id/identity/reveal')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: '查看举报人身份 / Reveal the reporter’s identity (custodian only, with a reason)',
    description: tipAccessNote('RevealTipIdentity'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') tipId: string,
    @Body() body: RevealTipIdentityRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<CommandAccepted & { identity: ReporterIdentity }> {
    // A replayed request would answer the identity without a new event: every reveal is its own request.
    if (request.header('idempotency-key') !== undefined)
      throw new BadRequestException(
        '查看身份不接受 Idempotency-Key，每次查看均须记录 / A reveal takes no Idempotency-Key: every reveal is recorded',
      );
    const { accepted, tip } = await this.gateway.execute(
      tipId,
      { type: 'RevealTipIdentity', data: { tipId, reason: body.reason } },
      actor,
      request,
    );
    if (tip.status === 'not_received') throw new GoneException(IDENTITY_DESTROYED);
    const opened = await this.vault.open(tip.reporter.vaultRef);
    if (opened.kind !== 'identity') throw new GoneException(IDENTITY_DESTROYED);
    return { ...accepted, identity: opened.identity };
  }
}
