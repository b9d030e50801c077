import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestSignOff, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { HazardDirectory } from '../../shared/hazard-directory';
import { existingHazard } from '../shared/existing-hazard';
import { HazardSigner } from '../shared/hazard-signer';
import { RequestSignOffCommand } from './request-sign-off.command';

@CommandHandler(RequestSignOffCommand)
export class RequestSignOffHandler implements ICommandHandler<RequestSignOffCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly hazards: HazardDirectory,
    private readonly signer: HazardSigner,
  ) {}

  async execute({ hazardId, body, actor, request }: RequestSignOffCommand): Promise<CommandAccepted> {
    const on = await existingHazard(this.hazards, hazardId);
    const data = { hazardId };
    const { signature, expectedRevision } = await this.signer.signDecision(on, {
      type: 'RequestSignOff',
      actor,
      password: body.password,
      data,
    });
    const command: Omit<RequestSignOff, 'metadata'> = { type: 'RequestSignOff', data: { ...data, signature } };
    return this.gateway.execute({
      ...on,
      expectedRevision,
      access: hazardCommandAccess.RequestSignOff,
      command,
      actor,
      request,
    });
  }
}
