import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EvaluateRemediation, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { EvaluateRemediationCommand } from './evaluate-remediation.command';

@CommandHandler(EvaluateRemediationCommand)
export class EvaluateRemediationHandler implements ICommandHandler<EvaluateRemediationCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ hazardId, body, actor, request }: EvaluateRemediationCommand): Promise<CommandAccepted> {
    const command: Omit<EvaluateRemediation, 'metadata'> = {
      type: 'EvaluateRemediation',
      data: { hazardId, evaluator: body.evaluator, reportHash: body.reportHash, conclusion: body.conclusion },
    };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.EvaluateRemediation,
      command,
      actor,
      request,
    });
  }
}
