import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { enterpriseFileCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { DUTY_RECORDS } from '../shared/duty-records';
import { DutyCommands } from '../shared/duty-commands';
import { RevokeOperatorCertificateCommand } from './revoke-operator-certificate.command';

@CommandHandler(RevokeOperatorCertificateCommand)
export class RevokeOperatorCertificateHandler implements ICommandHandler<RevokeOperatorCertificateCommand> {
  constructor(private readonly commands: DutyCommands) {}

  async execute({
    mineId,
    certificateNo,
    body,
    actor,
    request,
  }: RevokeOperatorCertificateCommand): Promise<CommandAccepted> {
    const command = {
      type: 'RevokeOperatorCertificate' as const,
      data: { mineId, certificateNo, reason: body.reason },
    };
    return this.commands.run(
      {
        ...DUTY_RECORDS.enterpriseFile(mineId),
        access: enterpriseFileCommandAccess.RevokeOperatorCertificate,
        command,
        mineOf: () => mineId,
      },
      actor,
      request,
    );
  }
}
