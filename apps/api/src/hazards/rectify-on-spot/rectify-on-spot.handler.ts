import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RectifyOnSpot, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway, SignedCommand } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { HazardSigner } from '../shared/hazard-signer';
import { RectifyOnSpotCommand } from './rectify-on-spot.command';

@CommandHandler(RectifyOnSpotCommand)
export class RectifyOnSpotHandler implements ICommandHandler<RectifyOnSpotCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    private readonly signer: HazardSigner,
  ) {}

  async execute({ hazardId, body, actor, request }: RectifyOnSpotCommand): Promise<CommandAccepted> {
    const data = { hazardId, afterEvidence: body.afterEvidence };
    const command: SignedCommand<RectifyOnSpot> = {
      type: 'RectifyOnSpot',
      signedOn: async (on) => {
        const signing = { type: 'RectifyOnSpot' as const, actor, password: body.password, data };
        const { signature, expectedRevision } = await this.signer.signDecision(on, signing);
        return { command: { type: 'RectifyOnSpot', data: { ...data, signature } }, expectedRevision };
      },
    };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.RectifyOnSpot,
      command,
      actor,
      request,
    });
  }
}
