import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { HazardOrigin, LinkMonthlyCheckHazard, monthlyCheckCommandAccess, streams } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { CommandAccepted, CommandGateway, SignedCommand } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingMonthlyCheck } from '../shared/existing-monthly-check';
import { LinkMonthlyCheckHazardCommand } from './link-monthly-check-hazard.command';

/**
 * The hazard's origin is read from its own stream (its discovery) and handed to the decision as a fact, after
 * authorisation, so nobody outside the mine learns whether a hazard id exists.
 */
@CommandHandler(LinkMonthlyCheckHazardCommand)
export class LinkMonthlyCheckHazardHandler implements ICommandHandler<LinkMonthlyCheckHazardCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ checkId, body, actor, request }: LinkMonthlyCheckHazardCommand): Promise<CommandAccepted> {
    const { hazardId } = body;
    const command: SignedCommand<LinkMonthlyCheckHazard> = {
      type: 'LinkMonthlyCheckHazard',
      signedOn: async () => ({
        command: { type: 'LinkMonthlyCheckHazard', data: { checkId, hazardId, hazard: await this.origin(hazardId) } },
      }),
    };
    return this.gateway.execute({
      ...existingMonthlyCheck(this.mines, checkId),
      access: monthlyCheckCommandAccess.LinkMonthlyCheckHazard,
      command,
      actor,
      request,
    });
  }

  private async origin(hazardId: string): Promise<HazardOrigin | null> {
    const events = await this.store.readStream(streams.hazard(hazardId));
    const discovered = events.find((e) => e.type === 'HazardDiscovered');
    if (!discovered) return null;
    const d = discovered.data as { mineId: string; source: string; linkedRef?: { kind: string; id: string } };
    return { mineId: d.mineId, source: d.source, linkedRef: d.linkedRef ?? null };
  }
}
