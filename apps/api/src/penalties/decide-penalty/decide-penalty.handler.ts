import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ESignatureService } from '@hazard-ledger/auth';
import { DecidePenalty, penaltyCommandAccess, penaltyDecider, streams } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway, SignedCommand } from '../../shared/command-gateway';
import { newAggregateId } from '../../shared/aggregate-id';
import { MineDirectory } from '../../shared/mine-directory';
import { PenaltyCitations } from '../shared/penalty-citations';
import { DecidePenaltyCommand } from './decide-penalty.command';

@CommandHandler(DecidePenaltyCommand)
export class DecidePenaltyHandler implements ICommandHandler<DecidePenaltyCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    private readonly citations: PenaltyCitations,
    private readonly signatures: ESignatureService,
  ) {}

  async execute({ body, actor, request }: DecidePenaltyCommand): Promise<CommandAccepted> {
    const id = newAggregateId(request, 'penalty');
    const { mineId, documentId, hazardIds, targets, password } = body;
    // After authorisation: the cited records are read, then the decider re-enters the password (谁处罚、谁签名);
    // the decider judges the document (kind, mine, in force) and the hazards' mine.
    const command: SignedCommand<DecidePenalty> = {
      type: 'DecidePenalty',
      signedOn: async () => {
        const document = await this.citations.document(documentId);
        const hazards = await this.citations.hazards(hazardIds);
        const content = { command: 'DecidePenalty', penaltyId: id, mineId, documentId, hazardIds, targets };
        const signature = await this.signatures.sign({ actor, password, meaning: 'penalty_decided', content });
        return {
          command: {
            type: 'DecidePenalty',
            data: { penaltyId: id, mineId, document, hazardIds, hazards, targets, signature },
          },
        };
      },
    };
    return this.gateway.execute({
      id,
      streamId: streams.penalty(id),
      decider: penaltyDecider,
      access: penaltyCommandAccess.DecidePenalty,
      command,
      actor,
      scope: () => this.mines.scopeOf(mineId),
      request,
    });
  }
}
