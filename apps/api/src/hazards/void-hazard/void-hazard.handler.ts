import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { VoidHazard, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { HazardSigner, signedOnRecord } from '../shared/hazard-signer';
import { VoidHazardCommand } from './void-hazard.command';

@CommandHandler(VoidHazardCommand)
export class VoidHazardHandler implements ICommandHandler<VoidHazardCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    private readonly signer: HazardSigner,
  ) {}

  async execute({ hazardId, body, actor, request }: VoidHazardCommand): Promise<CommandAccepted> {
    const command = signedOnRecord<VoidHazard>(
      this.signer,
      { type: 'VoidHazard', actor, password: body.password },
      { hazardId, reason: body.reason, evidence: body.evidence },
    );
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.VoidHazard,
      command,
      actor,
      request,
      reason: body.reason,
    });
  }
}
