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
import { CommandAccepted, CommandBody, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { RequestHotWorkPermitCommand } from './request-hot-work-permit.command';

@CommandHandler(RequestHotWorkPermitCommand)
export class RequestHotWorkPermitHandler implements ICommandHandler<RequestHotWorkPermitCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ body, actor, request }: RequestHotWorkPermitCommand): Promise<CommandAccepted> {
    const id = newAggregateId(request, 'hot-work-permit');
    const { mineId, location, underground, work, windowStart, windowEnd, precautions, contractorId } = body;
    const { version, maxWindowHours } = hotWorkPolicyInForce(this.clock.now());
    const command: CommandBody<RequestHotWorkPermit> = {
      type: 'RequestHotWorkPermit',
      data: {
        ...{ permitId: id, mineId, location, underground, work, windowStart, windowEnd, precautions },
        ...(contractorId ? { contractorId } : {}),
        policy: { version, maxWindowHours },
      },
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
}
