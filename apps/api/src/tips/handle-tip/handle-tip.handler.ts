import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { HandleTip, tipCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway, SignedCommand } from '../../shared/command-gateway';
import { existingTip } from '../shared/existing-tip';
import { LinkedRecords } from '../shared/linked-records';
import { HandleTipCommand } from './handle-tip.command';

@CommandHandler(HandleTipCommand)
export class HandleTipHandler implements ICommandHandler<HandleTipCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly linked: LinkedRecords,
  ) {}

  async execute({ tipId, body, actor, request }: HandleTipCommand): Promise<CommandAccepted> {
    const { hazardIds, documentIds, penaltyIds, summary } = body;
    // Linked records must exist; the fine the reward is computed from is the penalties' own, summed.
    const command: SignedCommand<HandleTip> = {
      type: 'HandleTip',
      signedOn: async () => {
        await this.linked.assertExist('hazard', hazardIds);
        await this.linked.assertExist('document', documentIds);
        const fineYuan = await this.linked.fineOf(penaltyIds);
        return {
          command: { type: 'HandleTip', data: { tipId, hazardIds, documentIds, penaltyIds, fineYuan, summary } },
        };
      },
    };
    return this.gateway.execute({ ...existingTip(tipId), access: tipCommandAccess.HandleTip, command, actor, request });
  }
}
