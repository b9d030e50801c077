import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { PayTipReward, tipCommandAccess } from '@hazard-ledger/domain';
import { TipVault } from '@hazard-ledger/tip-vault';
import { CommandAccepted, CommandGateway, SignedCommand } from '../../shared/command-gateway';
import { existingTip } from '../shared/existing-tip';
import { PayTipRewardCommand } from './pay-tip-reward.command';

@CommandHandler(PayTipRewardCommand)
export class PayTipRewardHandler implements ICommandHandler<PayTipRewardCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly vault: TipVault,
  ) {}

  async execute({ tipId, body, actor, request }: PayTipRewardCommand): Promise<CommandAccepted> {
    // 三专联锁: the code is checked against the vault's hash; the log records only whether it matched.
    const command: SignedCommand<PayTipReward> = {
      type: 'PayTipReward',
      signedOn: async () => {
        const claimCodeVerified =
          body.claimCode !== undefined && (await this.vault.claimMatchesTip(tipId, body.claimCode));
        return { command: { type: 'PayTipReward', data: { tipId, voucherNo: body.voucherNo, claimCodeVerified } } };
      },
    };
    return this.gateway.execute({
      ...existingTip(tipId),
      access: tipCommandAccess.PayTipReward,
      command,
      actor,
      request,
    });
  }
}
