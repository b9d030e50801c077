import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EscalateHazard, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { HazardSigner, signedOnRecord } from '../shared/hazard-signer';
import { EscalateHazardCommand } from './escalate-hazard.command';

@CommandHandler(EscalateHazardCommand)
export class EscalateHazardHandler implements ICommandHandler<EscalateHazardCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    private readonly signer: HazardSigner,
  ) {}

  async execute({ hazardId, body, actor, request }: EscalateHazardCommand): Promise<CommandAccepted> {
    const command = signedOnRecord<EscalateHazard>(
      this.signer,
      { type: 'EscalateHazard', actor, password: body.password },
      { hazardId, caseNo: body.caseNo, targets: body.targets },
    );
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.EscalateHazard,
      command,
      actor,
      request,
    });
  }
}
