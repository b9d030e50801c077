import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SignSiteReview, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway, SignedCommand } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { HazardSigner } from '../shared/hazard-signer';
import { SignSiteReviewCommand } from './sign-site-review.command';

@CommandHandler(SignSiteReviewCommand)
export class SignSiteReviewHandler implements ICommandHandler<SignSiteReviewCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    private readonly signer: HazardSigner,
  ) {}

  async execute({ hazardId, body, actor, request }: SignSiteReviewCommand): Promise<CommandAccepted> {
    const data = { hazardId, findings: body.findings, conclusion: body.conclusion };
    const command: SignedCommand<SignSiteReview> = {
      type: 'SignSiteReview',
      signedOn: async (on) => {
        const signing = { type: 'SignSiteReview' as const, actor, password: body.password, data };
        const { signature, expectedRevision } = await this.signer.signDecision(on, signing);
        return { command: { type: 'SignSiteReview', data: { ...data, signature } }, expectedRevision };
      },
    };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.SignSiteReview,
      command,
      actor,
      request,
    });
  }
}
