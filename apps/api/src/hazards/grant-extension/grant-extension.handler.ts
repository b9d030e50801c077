import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { GrantExtension, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { HazardSigner, signedOnRecord } from '../shared/hazard-signer';
import { GrantExtensionCommand } from './grant-extension.command';

@CommandHandler(GrantExtensionCommand)
export class GrantExtensionHandler implements ICommandHandler<GrantExtensionCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    private readonly signer: HazardSigner,
  ) {}

  async execute({ hazardId, body, actor, request }: GrantExtensionCommand): Promise<CommandAccepted> {
    const command = signedOnRecord<GrantExtension>(
      this.signer,
      { type: 'GrantExtension', actor, password: body.password },
      { hazardId, newDeadline: body.newDeadline, reason: body.reason },
    );
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.GrantExtension,
      command,
      actor,
      request,
      reason: body.reason,
    });
  }
}
