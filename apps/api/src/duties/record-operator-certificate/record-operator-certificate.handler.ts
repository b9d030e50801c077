import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { enterpriseFileCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { DUTY_RECORDS } from '../shared/duty-records';
import { DutyCommands } from '../shared/duty-commands';
import { RecordOperatorCertificateCommand } from './record-operator-certificate.command';

@CommandHandler(RecordOperatorCertificateCommand)
export class RecordOperatorCertificateHandler implements ICommandHandler<RecordOperatorCertificateCommand> {
  constructor(private readonly commands: DutyCommands) {}

  async execute({ mineId, body, actor, request }: RecordOperatorCertificateCommand): Promise<CommandAccepted> {
    const command = {
      type: 'RecordOperatorCertificate' as const,
      data: {
        mineId,
        certificateNo: body.certificateNo,
        name: body.name,
        operationType: body.operationType,
        validUntil: body.validUntil,
      },
    };
    return this.commands.run(
      {
        ...DUTY_RECORDS.enterpriseFile(mineId),
        access: enterpriseFileCommandAccess.RecordOperatorCertificate,
        command,
        mineOf: () => mineId,
      },
      actor,
      request,
    );
  }
}
