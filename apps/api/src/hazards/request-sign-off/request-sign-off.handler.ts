import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestSignOff, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway, SignedCommand } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { HazardSigner } from '../shared/hazard-signer';
import { RequestSignOffCommand } from './request-sign-off.command';

@CommandHandler(RequestSignOffCommand)
export class RequestSignOffHandler implements ICommandHandler<RequestSignOffCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    private readonly signer: HazardSigner,
  ) {}

  async execute({ hazardId, body, actor, request }: RequestSignOffCommand): Promise<CommandAccepted> {
    const data = { hazardId };
    const command: SignedCommand<RequestSignOff> = {
      type: 'RequestSignOff',
      signedOn: async (on) => {
        const signing = { type: 'RequestSignOff' as const, actor, password: body.password, data };
        const { signature, expectedRevision } = await this.signer.signDecision(on, signing);
        return { command: { type: 'RequestSignOff', data: { ...data, signature } }, expectedRevision };
      },
    };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.RequestSignOff,
      command,
      actor,
      request,
    });
  }
}
