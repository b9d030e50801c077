import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { VerifyTip, tipCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway, SignedCommand } from '../../shared/command-gateway';
import { existingTip } from '../shared/existing-tip';
import { LinkedRecords } from '../shared/linked-records';
import { VerifyTipCommand } from './verify-tip.command';

@CommandHandler(VerifyTipCommand)
export class VerifyTipHandler implements ICommandHandler<VerifyTipCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly linked: LinkedRecords,
  ) {}

  async execute({ tipId, body, actor, request }: VerifyTipCommand): Promise<CommandAccepted> {
    const { inspectionId, finding, summary } = body;
    const command: SignedCommand<VerifyTip> = {
      type: 'VerifyTip',
      signedOn: async () => {
        await this.linked.assertExist('inspection', [inspectionId]);
        return { command: { type: 'VerifyTip', data: { tipId, inspectionId, finding, summary } } };
      },
    };
    return this.gateway.execute({ ...existingTip(tipId), access: tipCommandAccess.VerifyTip, command, actor, request });
  }
}
