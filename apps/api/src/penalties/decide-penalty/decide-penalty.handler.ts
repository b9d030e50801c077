import { Inject, UnprocessableEntityException } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DecidePenalty, penaltyCommandAccess, penaltyDecider, streams } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { newAggregateId } from '../../shared/aggregate-id';
import { ENFORCEMENT_DOCUMENTS, EnforcementDocuments } from '../../shared/enforcement-documents.port';
import { MineDirectory } from '../../shared/mine-directory';
import { DecidePenaltyCommand } from './decide-penalty.command';

@CommandHandler(DecidePenaltyCommand)
export class DecidePenaltyHandler implements ICommandHandler<DecidePenaltyCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    @Inject(ENFORCEMENT_DOCUMENTS) private readonly documents: EnforcementDocuments,
  ) {}

  async execute({ body, actor, request }: DecidePenaltyCommand): Promise<CommandAccepted> {
    const id = newAggregateId(request, 'penalty');
    const { mineId, documentId, hazardIds, targets } = body;
    return this.gateway.execute({
      id,
      streamId: streams.penalty(id),
      decider: penaltyDecider,
      access: penaltyCommandAccess.DecidePenalty,
      command: {
        type: 'DecidePenalty',
        // After authorisation: the cited 处罚决定书 is read from its stream; the decider judges kind and mine.
        signedOn: async () => {
          const facts = await this.documents.factsOf(documentId);
          if (!facts)
            throw new UnprocessableEntityException(`文书 ${documentId} 不存在 / Document ${documentId} does not exist`);
          const document = { documentId, kind: facts.kind, docNo: facts.docNo, mineId: facts.mineId };
          const command: Omit<DecidePenalty, 'metadata'> = {
            type: 'DecidePenalty',
            data: { penaltyId: id, mineId, document, hazardIds, targets },
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
