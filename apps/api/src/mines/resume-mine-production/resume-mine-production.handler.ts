import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Mine, ResumeMineProduction, mineCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway, SignedCommand } from '../../shared/command-gateway';
import { existingMine } from '../shared/existing-mine';
import { MineSigner } from '../shared/mine-signer';
import { OrderFacts } from '../shared/named-hazards';
import { ResumeMineProductionCommand } from './resume-mine-production.command';

@CommandHandler(ResumeMineProductionCommand)
export class ResumeMineProductionHandler implements ICommandHandler<ResumeMineProductionCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly facts: OrderFacts,
    private readonly signer: MineSigner,
  ) {}

  async execute({ mineId, body, actor, request }: ResumeMineProductionCommand): Promise<CommandAccepted> {
    // The mine as the gateway loaded it (its one read): the order in force names the hazards to check.
    let loaded: Mine = { status: 'Unregistered' };
    const mine = existingMine(mineId);
    const command: SignedCommand<ResumeMineProduction> = {
      type: 'ResumeMineProduction',
      signedOn: async (on) => {
        // Each hazard of the order folded from its own stream at this moment (write side).
        const named = loaded.status === 'Suspended' ? loaded.suspension.hazardIds : [];
        const data = {
          mineId,
          documentId: body.documentId,
          approval: await this.facts.document(body.documentId),
          hazards: await this.facts.hazards(named),
        };
        const signing = { type: 'ResumeMineProduction' as const, actor, password: body.password, data };
        const { signature, expectedRevision } = await this.signer.signDecision(on, signing);
        return { command: { type: 'ResumeMineProduction', data: { ...data, signature } }, expectedRevision };
      },
    };
    return this.gateway.execute({
      ...mine,
      scope: (state: Mine) => {
        loaded = state;
        return mine.scope(state);
      },
      access: mineCommandAccess.ResumeMineProduction,
      command,
      actor,
      request,
    });
  }
}
