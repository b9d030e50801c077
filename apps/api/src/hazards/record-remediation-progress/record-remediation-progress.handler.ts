import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RecordRemediationProgress, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { RecordRemediationProgressCommand } from './record-remediation-progress.command';

@CommandHandler(RecordRemediationProgressCommand)
export class RecordRemediationProgressHandler implements ICommandHandler<RecordRemediationProgressCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ hazardId, body, actor, request }: RecordRemediationProgressCommand): Promise<CommandAccepted> {
    const command: Omit<RecordRemediationProgress, 'metadata'> = {
      type: 'RecordRemediationProgress',
      data: { hazardId, note: body.note, evidence: body.evidence },
    };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.RecordRemediationProgress,
      command,
      actor,
      request,
    });
  }
}
