import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ESignatureService } from '@hazard-ledger/auth';
import { ApproveHotWorkPermit, hotWorkPermitCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway, SignedCommand } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingPermit } from '../shared/existing-permit';
import { ApproveHotWorkPermitCommand } from './approve-hot-work-permit.command';

/** The approval signature covers the permit as loaded and the precautions; the append is pinned to that revision. */
@CommandHandler(ApproveHotWorkPermitCommand)
export class ApproveHotWorkPermitHandler implements ICommandHandler<ApproveHotWorkPermitCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    private readonly signatures: ESignatureService,
  ) {}

  async execute({ permitId, body, actor, request }: ApproveHotWorkPermitCommand): Promise<CommandAccepted> {
    const { precautions, password } = body;
    const command: SignedCommand<ApproveHotWorkPermit> = {
      type: 'ApproveHotWorkPermit',
      signedOn: async (on) => {
        const content = { command: 'ApproveHotWorkPermit', permitId, precautions, revision: String(on.revision) };
        const signature = await this.signatures.sign({ actor, password, meaning: 'hot_work_permit_approved', content });
        return {
          command: { type: 'ApproveHotWorkPermit', data: { permitId, precautions, signature } },
          expectedRevision: on.revision,
        };
      },
    };
    return this.gateway.execute({
      ...existingPermit(this.mines, permitId),
      access: hotWorkPermitCommandAccess.ApproveHotWorkPermit,
      command,
      actor,
      request,
    });
  }
}
