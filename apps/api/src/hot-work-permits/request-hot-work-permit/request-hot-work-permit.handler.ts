import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  RequestHotWorkPermit,
  hotWorkPermitCommandAccess,
  hotWorkPermitDecider,
  hotWorkPolicyInForce,
  streams,
} from '@hazard-ledger/domain';
import { newAggregateId } from '../../shared/aggregate-id';
import { CLOCK, Clock } from '../../shared/clock';
import { CommandAccepted, CommandGateway, SignedCommand } from '../../shared/command-gateway';
import { CONTRACTORS, Contractors } from '../../shared/contractors.port';
import { MineDirectory } from '../../shared/mine-directory';
import { RequestHotWorkPermitCommand } from './request-hot-work-permit.command';

@CommandHandler(RequestHotWorkPermitCommand)
export class RequestHotWorkPermitHandler implements ICommandHandler<RequestHotWorkPermitCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CONTRACTORS) private readonly contractors: Contractors,
  ) {}

  async execute({ body, actor, request }: RequestHotWorkPermitCommand): Promise<CommandAccepted> {
    const id = newAggregateId(request, 'hot-work-permit');
    const { mineId, location, underground, work, windowStart, windowEnd, precautions, contractorId } = body;
    const { version, maxWindowHours } = hotWorkPolicyInForce(this.clock.now());
    // The contractor is read from its own stream after authorisation; the decision refuses another mine's.
    const command: SignedCommand<RequestHotWorkPermit> = {
      type: 'RequestHotWorkPermit',
      signedOn: async () => ({
        command: {
          type: 'RequestHotWorkPermit',
          data: {
            ...{ permitId: id, mineId, location, underground, work, windowStart, windowEnd, precautions },
            ...(contractorId ? { contractorId, contractor: await this.contractorOf(contractorId) } : {}),
            policy: { version, maxWindowHours },
          },
        },
      }),
    };
    return this.gateway.execute({
      id,
      streamId: streams.hotWorkPermit(id),
      decider: hotWorkPermitDecider,
      access: hotWorkPermitCommandAccess.RequestHotWorkPermit,
      command,
      actor,
      scope: () => this.mines.scopeOf(mineId),
      request,
    });
  }

  private async contractorOf(contractorId: string): Promise<{ mineId: string } | null> {
    const contractor = await this.contractors.contractorOf(contractorId);
    return contractor ? { mineId: contractor.mineId } : null;
  }
}
