import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ReReviewTip, tipCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { existingTip } from '../shared/existing-tip';
import { ReReviewTipCommand } from './re-review-tip.command';

@CommandHandler(ReReviewTipCommand)
export class ReReviewTipHandler implements ICommandHandler<ReReviewTipCommand> {
  constructor(private readonly gateway: CommandGateway) {}

  async execute({ tipId, body, actor, request }: ReReviewTipCommand): Promise<CommandAccepted> {
    const command: Omit<ReReviewTip, 'metadata'> = {
      type: 'ReReviewTip',
      data: { tipId, outcome: body.outcome, finding: body.finding, summary: body.summary },
    };
    return this.gateway.execute({
      ...existingTip(tipId),
      access: tipCommandAccess.ReReviewTip,
      command,
      actor,
      request,
    });
  }
}
