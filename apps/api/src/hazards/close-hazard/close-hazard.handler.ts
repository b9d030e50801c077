import { UnauthorizedException } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ScopeTarget, UserStore, toActor } from '@hazard-ledger/auth';
import { Actor, ClosureGround, CloseHazard, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway, LoadedRecord, SignedCommand } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { HazardSigner } from '../shared/hazard-signer';
import { CloseHazardCommand } from './close-hazard.command';
import { ClosureGroundDto } from './close-hazard.request';

@CommandHandler(CloseHazardCommand)
export class CloseHazardHandler implements ICommandHandler<CloseHazardCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    private readonly users: UserStore,
    private readonly signer: HazardSigner,
  ) {}

  async execute({ hazardId, body, actor, request }: CloseHazardCommand): Promise<CommandAccepted> {
    // Built on the loaded record: the mine's status is read as a fact, and an approval is signed on that revision.
    const command: SignedCommand<CloseHazard> = {
      type: 'CloseHazard',
      signedOn: async (on) => {
        const data = { hazardId, reason: body.reason };
        if (!body.legalGround) return { command: { type: 'CloseHazard', data } };
        const legalGround = await this.groundOf(body.legalGround, on, data);
        // The mine is read only when its closure is the ground, so an ordinary closure costs no extra read.
        const mineClosed = legalGround.kind === 'mine_closed' ? await this.mineClosed(on.target) : undefined;
        const closing = { ...data, legalGround, mineClosed };
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

  private async mineClosed(target: ScopeTarget): Promise<boolean> {
    return (await this.mines.find(target.mineId)).mine.status === 'Closed';
  }

  private async groundOf(ground: ClosureGroundDto, on: LoadedRecord, data: object): Promise<ClosureGround> {
    switch (ground.kind) {
      case 'mine_closed':
        return { kind: ground.kind, decisionNo: ground.decisionNo ?? '' };
      case 'merged':
        return { kind: ground.kind, intoHazardId: ground.intoHazardId ?? '' };
      case 'voided_by_leaders': {
        const approver = await this.approver(ground);
        const signing = { type: 'CloseHazard' as const, actor: approver, password: ground.approver?.password ?? '' };
        const { signature } = await this.signer.signDecision(on, {
          ...signing,
          data: { ...data, ground: ground.kind },
        });
        return { kind: ground.kind, approval: signature };
      }
    }
  }

  /** The approving leader proves who they are here; the decider then checks they are a second leader. */
  private async approver(ground: ClosureGroundDto): Promise<Actor> {
    const { username = '', password = '' } = ground.approver ?? {};
    const user = await this.users.authenticate(username, password);
    if (!user) throw new UnauthorizedException('批准人身份验证失败 / the approver could not be authenticated');
    return toActor(user);
  }
}
