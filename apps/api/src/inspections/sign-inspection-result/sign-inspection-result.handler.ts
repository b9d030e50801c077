import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ESignatureService } from '@hazard-ledger/auth';
import { SignInspectionResult, inspectionCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway, SignedCommand } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingInspection } from '../shared/existing-inspection';
import { SignInspectionResultCommand } from './sign-inspection-result.command';

/**
 * 谁检查、谁签名、谁负责: the signer re-enters their own password; the signature covers the inspection as loaded
 * (its revision), and the append is pinned to that revision, so a change in between makes the signature fail (412).
 */
@CommandHandler(SignInspectionResultCommand)
export class SignInspectionResultHandler implements ICommandHandler<SignInspectionResultCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    private readonly signatures: ESignatureService,
  ) {}

  async execute({ inspectionId, body, actor, request }: SignInspectionResultCommand): Promise<CommandAccepted> {
    const command: SignedCommand<SignInspectionResult> = {
      type: 'SignInspectionResult',
      signedOn: async (on) => {
        const content = { command: 'SignInspectionResult', inspectionId, revision: String(on.revision) };
        const signature = await this.signatures.sign({
          actor,
          password: body.password,
          meaning: 'inspection_result_signed',
          content,
        });
        return {
          command: { type: 'SignInspectionResult', data: { inspectionId, signature } },
          expectedRevision: on.revision,
        };
      },
    };
    return this.gateway.execute({
      ...existingInspection(this.mines, inspectionId),
      access: inspectionCommandAccess.SignInspectionResult,
      command,
      actor,
      request,
    });
  }
}
