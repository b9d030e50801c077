import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DetermineMajorHazard, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { HazardDirectory } from '../../shared/hazard-directory';
import { existingHazard } from '../shared/existing-hazard';
import { HazardSigner } from '../shared/hazard-signer';
import { DetermineMajorHazardCommand } from './determine-major-hazard.command';

@CommandHandler(DetermineMajorHazardCommand)
export class DetermineMajorHazardHandler implements ICommandHandler<DetermineMajorHazardCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly hazards: HazardDirectory,
    private readonly signer: HazardSigner,
  ) {}

  async execute({ hazardId, body, actor, request }: DetermineMajorHazardCommand): Promise<CommandAccepted> {
    const on = await existingHazard(this.hazards, hazardId);
    const data = { hazardId, clauseId: body.clauseId };
    const { signature, expectedRevision } = await this.signer.signDecision(on, {
      type: 'DetermineMajorHazard',
      actor,
      password: body.password,
      data,
    });
    const command: Omit<DetermineMajorHazard, 'metadata'> = {
      type: 'DetermineMajorHazard',
      data: { ...data, signature },
    };
    return this.gateway.execute({
      ...on,
      expectedRevision,
      access: hazardCommandAccess.DetermineMajorHazard,
      command,
      actor,
      request,
    });
  }
}
