import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SignOffHazard, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway, SignedCommand } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { HazardSigner } from '../shared/hazard-signer';
import { SignOffHazardCommand } from './sign-off-hazard.command';

@CommandHandler(SignOffHazardCommand)
export class SignOffHazardHandler implements ICommandHandler<SignOffHazardCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    private readonly signer: HazardSigner,
  ) {}

  async execute({ hazardId, body, actor, request }: SignOffHazardCommand): Promise<CommandAccepted> {
    const data = { hazardId, decisionNo: body.decisionNo };
    const command: SignedCommand<SignOffHazard> = {
      type: 'SignOffHazard',
      signedOn: async (on) => {
        const signing = { type: 'SignOffHazard' as const, actor, password: body.password, data };
        const { signature, expectedRevision } = await this.signer.signDecision(on, signing);
        return { command: { type: 'SignOffHazard', data: { ...data, signature } }, expectedRevision };
      },
    };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.SignOffHazard,
      command,
      actor,
      request,
    });
  }
}
