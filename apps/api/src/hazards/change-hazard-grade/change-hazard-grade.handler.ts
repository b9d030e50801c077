import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ChangeHazardGrade, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { HazardSigner, signedWhen } from '../shared/hazard-signer';
import { ChangeHazardGradeCommand } from './change-hazard-grade.command';

@CommandHandler(ChangeHazardGradeCommand)
export class ChangeHazardGradeHandler implements ICommandHandler<ChangeHazardGradeCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    private readonly signer: HazardSigner,
  ) {}

  async execute({ hazardId, body, actor, request }: ChangeHazardGradeCommand): Promise<CommandAccepted> {
    const { to, reason, clauseId, technicalGrounds, evidence, password } = body;
    // A downgrade is the leader's signed act; an upgrade stays an unsigned correction.
    const command = signedWhen<ChangeHazardGrade>(
      to === 'general',
      this.signer,
      { type: 'ChangeHazardGrade', actor, password },
      { hazardId, to, reason, clauseId, technicalGrounds, evidence },
    );
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.ChangeHazardGrade,
      command,
      actor,
      request,
      reason: body.reason,
    });
  }
}
