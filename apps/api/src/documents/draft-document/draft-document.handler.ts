import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DraftDocument, documentCommandAccess, documentDecider, streams } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { newAggregateId } from '../../shared/aggregate-id';
import { MineDirectory } from '../../shared/mine-directory';
import { LinkedRecords } from '../shared/linked-records';
import { DraftDocumentCommand } from './draft-document.command';

@CommandHandler(DraftDocumentCommand)
export class DraftDocumentHandler implements ICommandHandler<DraftDocumentCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    private readonly linked: LinkedRecords,
  ) {}

  async execute({ body, actor, request }: DraftDocumentCommand): Promise<CommandAccepted> {
    const id = newAggregateId(request, 'document');
    const { kind, docNo, mineId, hazardIds, content } = body;
    return this.gateway.execute({
      id,
      streamId: streams.document(id),
      decider: documentDecider,
      access: documentCommandAccess.DraftDocument,
      command: {
        type: 'DraftDocument',
        signedOn: async () => {
          // After authorisation: who may not draft here learns nothing of inspections or hazards.
          const inspection = await this.linked.inspectionOf(body.inspectionId, mineId);
          await this.linked.checkHazards(hazardIds, mineId);
          const command: Omit<DraftDocument, 'metadata'> = {
            type: 'DraftDocument',
            data: { documentId: id, kind, docNo, mineId, inspection, hazardIds, content },
          };
          return { command };
        },
      },
      actor,
      scope: () => this.mines.scopeOf(mineId),
      request,
    });
  }
}
