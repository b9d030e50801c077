import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ExamineClauses, inspectionCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingInspection } from '../shared/existing-inspection';
import { ExamineClausesCommand } from './examine-clauses.command';

@CommandHandler(ExamineClausesCommand)
export class ExamineClausesHandler implements ICommandHandler<ExamineClausesCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ inspectionId, body, actor, request }: ExamineClausesCommand): Promise<CommandAccepted> {
    const command: Omit<ExamineClauses, 'metadata'> = {
      type: 'ExamineClauses',
      data: { inspectionId, clauses: body.clauses.map(({ clauseId, note }) => ({ clauseId, note })) },
    };
    return this.gateway.execute({
      ...existingInspection(this.mines, inspectionId),
      access: inspectionCommandAccess.ExamineClauses,
      command,
      actor,
      request,
    });
  }
}
