import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SuspendMineProduction, mineCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway, SignedCommand } from '../../shared/command-gateway';
import { existingMine } from '../shared/existing-mine';
import { MineSigner } from '../shared/mine-signer';
import { OrderFacts } from '../shared/named-hazards';
import { SuspendMineProductionCommand } from './suspend-mine-production.command';

@CommandHandler(SuspendMineProductionCommand)
export class SuspendMineProductionHandler implements ICommandHandler<SuspendMineProductionCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly facts: OrderFacts,
    private readonly signer: MineSigner,
  ) {}

  async execute({ mineId, body, actor, request }: SuspendMineProductionCommand): Promise<CommandAccepted> {
    const command: SignedCommand<SuspendMineProduction> = {
      type: 'SuspendMineProduction',
      // Facts are read after authorisation, so nobody who may not order learns whether a document exists.
      signedOn: async (on) => {
        const order = await this.facts.document(body.documentId);
        const data = {
          mineId,
          documentId: body.documentId,
          order,
          hazards: await this.facts.hazards(order?.hazardIds ?? []),
          reason: body.reason,
          scope:
            body.extent === 'partial'
              ? { extent: 'partial' as const, area: body.area ?? '' }
              : { extent: 'full' as const },
        };
        const signing = { type: 'SuspendMineProduction' as const, actor, password: body.password, data };
        const { signature, expectedRevision } = await this.signer.signDecision(on, signing);
        return { command: { type: 'SuspendMineProduction', data: { ...data, signature } }, expectedRevision };
      },
    };
    return this.gateway.execute({
      ...existingMine(mineId),
      access: mineCommandAccess.SuspendMineProduction,
      command,
      actor,
      request,
      reason: body.reason,
    });
  }
}
