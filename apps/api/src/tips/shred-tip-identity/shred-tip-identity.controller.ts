import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { TipVault } from '@hazard-ledger/tip-vault';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { tipAccessNote } from '../shared/api-docs';
import { CustodianGateway } from '../shared/custodian-gateway';
import { ShredTipIdentityRequest } from './shred-tip-identity.request';

/**
 * Crypto-shredding: the event first (so the log says the identity is gone before it is), then the reporter's data
 * key is destroyed. The events and their hash chain are untouched; the ciphertext stays and can never be opened.
 */
@ApiTags('tips 举报')
@ApiBearerAuth()
@Controller('tips')
export class ShredTipIdentityController {
  constructor(
    private readonly gateway: CustodianGateway,
    private readonly vault: TipVault,
  ) {}

  @Post(':id/identity/shred')
  @HttpCode(200)
  @ApiOperation({
    summary: '销毁举报人身份 / Crypto-shred the reporter’s identity (retention ended or lawful request)',
    description: tipAccessNote('ShredTipIdentity'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') tipId: string,
    @Body() body: ShredTipIdentityRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<CommandAccepted> {
    const data = { tipId, ground: body.ground, reason: body.reason };
    const { accepted, tip } = await this.gateway.execute(tipId, { type: 'ShredTipIdentity', data }, actor, request);
    if (tip.status !== 'not_received') await this.vault.shred(tip.reporter.vaultRef);
    return accepted;
  }
}
