import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SignOffHazard, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { HazardDirectory } from '../../shared/hazard-directory';
import { existingHazard } from '../shared/existing-hazard';
import { HazardSigner } from '../shared/hazard-signer';
import { SignOffHazardCommand } from './sign-off-hazard.command';

@CommandHandler(SignOffHazardCommand)
export class SignOffHazardHandler implements ICommandHandler<SignOffHazardCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly hazards: HazardDirectory,
    private readonly signer: HazardSigner,
  ) {}

  async execute({ hazardId, body, actor, request }: SignOffHazardCommand): Promise<CommandAccepted> {
    const on = await existingHazard(this.hazards, hazardId);
    const data = { hazardId, decisionNo: body.decisionNo };
    const { signature, expectedRevision } = await this.signer.signDecision(on, {
      type: 'SignOffHazard',
      actor,
      password: body.password,
      data,
    });
    const command: Omit<SignOffHazard, 'metadata'> = { type: 'SignOffHazard', data: { ...data, signature } };
    return this.gateway.execute({
      ...on,
      expectedRevision,
      access: hazardCommandAccess.SignOffHazard,
      command,
      actor,
      request,
    });
  }
}
