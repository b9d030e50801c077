import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DetermineMajorHazard, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway, SignedCommand } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { HazardSigner } from '../shared/hazard-signer';
import { DetermineMajorHazardCommand } from './determine-major-hazard.command';

@CommandHandler(DetermineMajorHazardCommand)
export class DetermineMajorHazardHandler implements ICommandHandler<DetermineMajorHazardCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    private readonly signer: HazardSigner,
  ) {}

  async execute({ hazardId, body, actor, request }: DetermineMajorHazardCommand): Promise<CommandAccepted> {
    const data = { hazardId, clauseId: body.clauseId };
    const command: SignedCommand<DetermineMajorHazard> = {
      type: 'DetermineMajorHazard',
      signedOn: async (on) => {
        const signing = { type: 'DetermineMajorHazard' as const, actor, password: body.password, data };
        const { signature, expectedRevision } = await this.signer.signDecision(on, signing);
        return { command: { type: 'DetermineMajorHazard', data: { ...data, signature } }, expectedRevision };
      },
    };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.DetermineMajorHazard,
      command,
      actor,
      request,
    });
  }
}
