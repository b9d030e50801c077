import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RecordKnowledgeTest, inspectionCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingInspection } from '../shared/existing-inspection';
import { RecordKnowledgeTestCommand } from './record-knowledge-test.command';

@CommandHandler(RecordKnowledgeTestCommand)
export class RecordKnowledgeTestHandler implements ICommandHandler<RecordKnowledgeTestCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ inspectionId, body, actor, request }: RecordKnowledgeTestCommand): Promise<CommandAccepted> {
    const command: Omit<RecordKnowledgeTest, 'metadata'> = {
      type: 'RecordKnowledgeTest',
      data: { inspectionId, people: body.people.map(({ name, position, score }) => ({ name, position, score })) },
    };
    return this.gateway.execute({
      ...existingInspection(this.mines, inspectionId),
      access: inspectionCommandAccess.RecordKnowledgeTest,
      command,
      actor,
      request,
    });
  }
}
