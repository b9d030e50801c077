import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SubmitDualReport, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway, SignedCommand } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { HazardSigner } from '../shared/hazard-signer';
import { dualReportDocument } from './dual-report-document';
import { SubmitDualReportCommand } from './submit-dual-report.command';

@CommandHandler(SubmitDualReportCommand)
export class SubmitDualReportHandler implements ICommandHandler<SubmitDualReportCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    private readonly signer: HazardSigner,
  ) {}

  async execute({ hazardId, body, actor, request }: SubmitDualReportCommand): Promise<CommandAccepted> {
    const document = dualReportDocument(hazardId, body.recipient, body.content);
    const command: SignedCommand<SubmitDualReport> = {
      type: 'SubmitDualReport',
      signedOn: async () => {
        const signing = { type: 'SubmitDualReport' as const, actor, password: body.password, document };
        const signature = await this.signer.signDocument(signing);
        return {
          command: { type: 'SubmitDualReport', data: { ...document, reportHash: signature.contentHash, signature } },
        };
      },
    };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.SubmitDualReport,
      command,
      actor,
      request,
    });
  }
}
