import { Inject, UnprocessableEntityException } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DiscoverHazard, hazardCommandAccess, hazardDecider, streams } from '@hazard-ledger/domain';
import { newAggregateId } from '../../shared/aggregate-id';
import { CommandAccepted, CommandBody, CommandGateway } from '../../shared/command-gateway';
import { CONTRACTORS, Contractors } from '../../shared/contractors.port';
import { MineDirectory } from '../../shared/mine-directory';
import { DiscoverHazardCommand } from './discover-hazard.command';

@CommandHandler(DiscoverHazardCommand)
export class DiscoverHazardHandler implements ICommandHandler<DiscoverHazardCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    @Inject(CONTRACTORS) private readonly contractors: Contractors,
  ) {}

  // The ledger's "hazards by contractor" counts only the mine's own contractors: another mine's, or none, is 422.
  private async checkContractor(contractorId: string | undefined, mineId: string): Promise<void> {
    if (contractorId === undefined) return;
    const contractor = await this.contractors.contractorOf(contractorId);
    if (contractor?.mineId !== mineId)
      throw new UnprocessableEntityException(
        `外包单位 ${contractorId} 不存在或不属于该矿山 / Contractor ${contractorId} does not exist or is not of mine ${mineId}`,
      );
  }

  async execute({ body, actor, request }: DiscoverHazardCommand): Promise<CommandAccepted> {
    const id = newAggregateId(request, 'hazard');
    const { mineId, source, location, description, evidence, occurredAt, linkedRef, contractorId } = body;
    // POST /hazards vouches for no inspection: a finding by inspection comes only through POST
    // /inspections/{id}/findings (team and links checked both ways), so the decider refuses it here with a 422.
    const vouched = source === 'inspection' ? undefined : linkedRef;
    await this.checkContractor(contractorId, mineId);
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
