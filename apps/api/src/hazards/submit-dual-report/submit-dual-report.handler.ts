import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SubmitDualReport, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { HazardDirectory } from '../../shared/hazard-directory';
import { existingHazard } from '../shared/existing-hazard';
import { HazardSigner } from '../shared/hazard-signer';
import { dualReportDocument } from './dual-report-document';
import { SubmitDualReportCommand } from './submit-dual-report.command';

@CommandHandler(SubmitDualReportCommand)
export class SubmitDualReportHandler implements ICommandHandler<SubmitDualReportCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly hazards: HazardDirectory,
    private readonly signer: HazardSigner,
  ) {}

  async execute({ hazardId, body, actor, request }: SubmitDualReportCommand): Promise<CommandAccepted> {
    const on = await existingHazard(this.hazards, hazardId);
    const document = dualReportDocument(hazardId, body.recipient, body.content);
    const signature = await this.signer.signDocument(on, {
      type: 'SubmitDualReport',
      actor,
      password: body.password,
      document,
    });
    const command: Omit<SubmitDualReport, 'metadata'> = {
      type: 'SubmitDualReport',
      data: { ...document, reportHash: signature.contentHash, signature },
    };
    return this.gateway.execute({ ...on, access: hazardCommandAccess.SubmitDualReport, command, actor, request });
  }
}
