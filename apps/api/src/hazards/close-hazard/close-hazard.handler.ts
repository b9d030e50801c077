import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ScopeTarget } from '@hazard-ledger/auth';
import {
  CloseHazard,
  ClosureGround,
  MergeTarget,
  hazardCommandAccess,
  hazardDecider,
  streams,
} from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore, loadStream } from '@hazard-ledger/event-store';
import { CommandAccepted, CommandGateway, SignedCommand } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { CloseHazardCommand } from './close-hazard.command';
import { ClosureGroundDto } from './close-hazard.request';

/**
 * The ground's facts are read from the store on the loaded record, never taken from the client: whether the mine is
 * closed, and the hazard a merger names. A void by two leaders is no closure ground any more: it is
 * POST /hazards/{id}/void then /void-approval, each leader with their own login (ADR 20261207-two-leader-void).
 */
@CommandHandler(CloseHazardCommand)
export class CloseHazardHandler implements ICommandHandler<CloseHazardCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ hazardId, body, actor, request }: CloseHazardCommand): Promise<CommandAccepted> {
    const command: SignedCommand<CloseHazard> = {
      type: 'CloseHazard',
      signedOn: async (on) => {
        const data = { hazardId, reason: body.reason };
        if (!body.legalGround) return { command: { type: 'CloseHazard', data } };
        const legalGround = groundOf(body.legalGround);
        const closing = { ...data, legalGround, ...(await this.factsFor(legalGround, on.target)) };
        return { command: { type: 'CloseHazard', data: closing }, expectedRevision: on.revision };
      },
    };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.CloseHazard,
      command,
      actor,
      request,
      reason: body.reason,
    });
  }

  /** Only the ground's own fact is read, so an ordinary closure costs no extra read. */
  private async factsFor(ground: ClosureGround, target: ScopeTarget) {
    if (ground.kind === 'mine_closed')
      return { mineClosed: (await this.mines.find(target.mineId)).mine.status === 'Closed' };
    if (ground.kind === 'merged') return { mergeTarget: await this.mergeTarget(ground.intoHazardId) };
    return {};
  }

  private async mergeTarget(intoHazardId: string): Promise<MergeTarget | undefined> {
    if (!intoHazardId) return undefined;
    const { state } = await loadStream(this.store, streams.hazard(intoHazardId), hazardDecider);
    if (state.status === 'not_discovered') return undefined;
    return { hazardId: state.hazardId, mineId: state.mineId, status: state.status };
  }
}

const groundOf = (ground: ClosureGroundDto): ClosureGround => {
  switch (ground.kind) {
    case 'mine_closed':
      return { kind: ground.kind, decisionNo: ground.decisionNo ?? '' };
    case 'merged':
      return { kind: ground.kind, intoHazardId: ground.intoHazardId ?? '' };
    case 'voided_by_leaders':
      // Kept in the enum so the decider's 422 points the caller to the two-step void.
      return { kind: ground.kind } as ClosureGround;
  }
};
