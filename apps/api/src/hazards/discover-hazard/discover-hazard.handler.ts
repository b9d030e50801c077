import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DiscoverHazard, hazardCommandAccess, hazardDecider, streams } from '@hazard-ledger/domain';
import { newAggregateId } from '../../shared/aggregate-id';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { HazardSigner, signedWhen } from '../shared/hazard-signer';
import { DiscoverHazardCommand } from './discover-hazard.command';

@CommandHandler(DiscoverHazardCommand)
export class DiscoverHazardHandler implements ICommandHandler<DiscoverHazardCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    private readonly signer: HazardSigner,
  ) {}

  async execute({ body, actor, request }: DiscoverHazardCommand): Promise<CommandAccepted> {
    const id = newAggregateId(request, 'hazard');
    const { mineId, source, location, description, evidence, occurredAt, linkedRef } = body;
    const command = signedWhen<DiscoverHazard>(
      source === 'inspection',
      this.signer,
      { type: 'DiscoverHazard', actor, password: body.password },
      { hazardId: id, mineId, source, location, description, evidence, occurredAt, linkedRef },
    );
    return this.gateway.execute({
      id,
      streamId: streams.hazard(id),
      decider: hazardDecider,
      access: hazardCommandAccess.DiscoverHazard,
      command,
      actor,
      scope: () => this.mines.scopeOf(mineId),
      request,
      occurredAt,
    });
  }
}
