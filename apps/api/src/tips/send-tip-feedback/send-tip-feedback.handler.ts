import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SendTipFeedback, tipCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { existingTip } from '../shared/existing-tip';
import { SendTipFeedbackCommand } from './send-tip-feedback.command';

@CommandHandler(SendTipFeedbackCommand)
export class SendTipFeedbackHandler implements ICommandHandler<SendTipFeedbackCommand> {
  constructor(private readonly gateway: CommandGateway) {}

  async execute({ tipId, body, actor, request }: SendTipFeedbackCommand): Promise<CommandAccepted> {
    const command: Omit<SendTipFeedback, 'metadata'> = {
      type: 'SendTipFeedback',
      data: {
        tipId,
        conclusion: body.conclusion,
        facts: body.facts,
        decision: body.decision,
        rewardEligible: body.rewardEligible,
      },
    };
    return this.gateway.execute({
      ...existingTip(tipId),
      access: tipCommandAccess.SendTipFeedback,
      command,
      actor,
      request,
    });
  }
}
