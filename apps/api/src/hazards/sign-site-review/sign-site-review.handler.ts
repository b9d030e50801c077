import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SignSiteReview, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { HazardDirectory } from '../../shared/hazard-directory';
import { existingHazard } from '../shared/existing-hazard';
import { HazardSigner } from '../shared/hazard-signer';
import { SignSiteReviewCommand } from './sign-site-review.command';

@CommandHandler(SignSiteReviewCommand)
export class SignSiteReviewHandler implements ICommandHandler<SignSiteReviewCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly hazards: HazardDirectory,
    private readonly signer: HazardSigner,
  ) {}

  async execute({ hazardId, body, actor, request }: SignSiteReviewCommand): Promise<CommandAccepted> {
    const on = await existingHazard(this.hazards, hazardId);
    const data = { hazardId, findings: body.findings, conclusion: body.conclusion };
    const { signature, expectedRevision } = await this.signer.signDecision(on, {
      type: 'SignSiteReview',
      actor,
      password: body.password,
      data,
    });
    const command: Omit<SignSiteReview, 'metadata'> = { type: 'SignSiteReview', data: { ...data, signature } };
    return this.gateway.execute({
      ...on,
      expectedRevision,
      access: hazardCommandAccess.SignSiteReview,
      command,
      actor,
      request,
    });
  }
}
