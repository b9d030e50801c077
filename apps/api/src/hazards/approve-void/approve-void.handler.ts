import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ApproveVoid, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { HazardSigner, signedOnRecord } from '../shared/hazard-signer';
import { ApproveVoidCommand } from './approve-void.command';

/** The hazard's scope check is the approver's jurisdiction check: a leader of another area gets a 404/403. */
@CommandHandler(ApproveVoidCommand)
export class ApproveVoidHandler implements ICommandHandler<ApproveVoidCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    private readonly signer: HazardSigner,
  ) {}

  async execute({ hazardId, body, actor, request }: ApproveVoidCommand): Promise<CommandAccepted> {
    const command = signedOnRecord<ApproveVoid>(
      this.signer,
      { type: 'ApproveVoid', actor, password: body.password },
      { hazardId },
    );
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.ApproveVoid,
      command,
      actor,
      request,
    });
  }
}
