import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ESignatureService } from '@hazard-ledger/auth';
import { SignMonthlyCheck, monthlyCheckCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway, SignedCommand } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingMonthlyCheck } from '../shared/existing-monthly-check';
import { SignMonthlyCheckCommand } from './sign-monthly-check.command';

/** The signature covers the check as loaded (its revision) and the result signed; the append is pinned to it. */
@CommandHandler(SignMonthlyCheckCommand)
export class SignMonthlyCheckHandler implements ICommandHandler<SignMonthlyCheckCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    private readonly signatures: ESignatureService,
  ) {}

  async execute({ checkId, body, actor, request }: SignMonthlyCheckCommand): Promise<CommandAccepted> {
    const { result, summary, password } = body;
    const command: SignedCommand<SignMonthlyCheck> = {
      type: 'SignMonthlyCheck',
      signedOn: async (on) => {
        const content = { command: 'SignMonthlyCheck', checkId, result, summary, revision: String(on.revision) };
        const signature = await this.signatures.sign({ actor, password, meaning: 'monthly_check_signed', content });
        return {
          command: { type: 'SignMonthlyCheck', data: { checkId, result, summary, signature } },
          expectedRevision: on.revision,
        };
      },
    };
    return this.gateway.execute({
      ...existingMonthlyCheck(this.mines, checkId),
      access: monthlyCheckCommandAccess.SignMonthlyCheck,
      command,
      actor,
      request,
    });
  }
}
