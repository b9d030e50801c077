import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RevokeSignature, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { RevokeSignatureCommand } from './revoke-signature.command';

@CommandHandler(RevokeSignatureCommand)
export class RevokeSignatureHandler implements ICommandHandler<RevokeSignatureCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ hazardId, body, actor, request }: RevokeSignatureCommand): Promise<CommandAccepted> {
    const command: Omit<RevokeSignature, 'metadata'> = {
      type: 'RevokeSignature',
      data: { hazardId, signatureRef: body.signatureRef, reason: body.reason },
    };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.RevokeSignature,
      command,
      actor,
      request,
      reason: body.reason,
    });
  }
}
