import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RectifyOnSpot, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { HazardDirectory } from '../../shared/hazard-directory';
import { existingHazard } from '../shared/existing-hazard';
import { HazardSigner } from '../shared/hazard-signer';
import { RectifyOnSpotCommand } from './rectify-on-spot.command';

@CommandHandler(RectifyOnSpotCommand)
export class RectifyOnSpotHandler implements ICommandHandler<RectifyOnSpotCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly hazards: HazardDirectory,
    private readonly signer: HazardSigner,
  ) {}

  async execute({ hazardId, body, actor, request }: RectifyOnSpotCommand): Promise<CommandAccepted> {
    const on = await existingHazard(this.hazards, hazardId);
    const data = { hazardId, afterEvidence: body.afterEvidence };
    const { signature, expectedRevision } = await this.signer.signDecision(on, {
      type: 'RectifyOnSpot',
      actor,
      password: body.password,
      data,
    });
    const command: Omit<RectifyOnSpot, 'metadata'> = { type: 'RectifyOnSpot', data: { ...data, signature } };
    return this.gateway.execute({
      ...on,
      expectedRevision,
      access: hazardCommandAccess.RectifyOnSpot,
      command,
      actor,
      request,
    });
  }
}
