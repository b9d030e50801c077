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
    // Both directions are signed acts: an upgrade as a major-hazard determination (§8.2 row 1), a downgrade as such.
    const meaning = to === 'major' ? 'major_hazard_determined' : 'grade_downgraded';
    const command = signedWhen<ChangeHazardGrade>(
      true,
      this.signer,
      { type: 'ChangeHazardGrade', actor, password, meaning },
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
