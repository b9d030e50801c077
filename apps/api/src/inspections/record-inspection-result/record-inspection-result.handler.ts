import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RecordInspectionResult, inspectionCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingInspection } from '../shared/existing-inspection';
import { RecordInspectionResultCommand } from './record-inspection-result.command';

@CommandHandler(RecordInspectionResultCommand)
export class RecordInspectionResultHandler implements ICommandHandler<RecordInspectionResultCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ inspectionId, body, actor, request }: RecordInspectionResultCommand): Promise<CommandAccepted> {
    const command: Omit<RecordInspectionResult, 'metadata'> = {
      type: 'RecordInspectionResult',
      data: { inspectionId, result: body.result, summary: body.summary },
    };
    return this.gateway.execute({
      ...existingInspection(this.mines, inspectionId),
      access: inspectionCommandAccess.RecordInspectionResult,
      command,
      actor,
      request,
    });
  }
}
