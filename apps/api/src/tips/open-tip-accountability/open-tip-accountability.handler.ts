import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { OpenTipAccountability, tipCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { existingTip } from '../shared/existing-tip';
import { OpenTipAccountabilityCommand } from './open-tip-accountability.command';

@CommandHandler(OpenTipAccountabilityCommand)
export class OpenTipAccountabilityHandler implements ICommandHandler<OpenTipAccountabilityCommand> {
  constructor(private readonly gateway: CommandGateway) {}

  async execute({ tipId, body, actor, request }: OpenTipAccountabilityCommand): Promise<CommandAccepted> {
    const command: Omit<OpenTipAccountability, 'metadata'> = {
      type: 'OpenTipAccountability',
      data: { tipId, caseNo: body.caseNo, against: body.against, summary: body.summary },
    };
    return this.gateway.execute({
      ...existingTip(tipId),
      access: tipCommandAccess.OpenTipAccountability,
      command,
      actor,
      request,
    });
  }
}
