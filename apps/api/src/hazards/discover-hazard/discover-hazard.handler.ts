import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DiscoverHazard, hazardCommandAccess, hazardDecider, streams } from '@hazard-ledger/domain';
import { newAggregateId } from '../../shared/aggregate-id';
import { CommandAccepted, CommandBody, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { DiscoverHazardCommand } from './discover-hazard.command';

@CommandHandler(DiscoverHazardCommand)
export class DiscoverHazardHandler implements ICommandHandler<DiscoverHazardCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ body, actor, request }: DiscoverHazardCommand): Promise<CommandAccepted> {
    const id = newAggregateId(request, 'hazard');
    const { mineId, source, location, description, evidence, occurredAt, linkedRef, contractorId } = body;
    // POST /hazards vouches for no inspection: a finding by inspection comes only through POST
    // /inspections/{id}/findings (team and links checked both ways), so the decider refuses it here with a 422.
    const vouched = source === 'inspection' ? undefined : linkedRef;
    const command: CommandBody<DiscoverHazard> = {
      type: 'DiscoverHazard',
      data: {
        hazardId: id,
        mineId,
        source,
        location,
        description,
        evidence,
        occurredAt,
        linkedRef: vouched,
        contractorId,
      },
    };
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
