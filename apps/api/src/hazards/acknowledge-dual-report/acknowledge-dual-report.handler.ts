import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AcknowledgeDualReport, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { AcknowledgeDualReportCommand } from './acknowledge-dual-report.command';

@CommandHandler(AcknowledgeDualReportCommand)
export class AcknowledgeDualReportHandler implements ICommandHandler<AcknowledgeDualReportCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ hazardId, body, actor, request }: AcknowledgeDualReportCommand): Promise<CommandAccepted> {
    const command: Omit<AcknowledgeDualReport, 'metadata'> = {
      type: 'AcknowledgeDualReport',
      data: { hazardId, recipient: body.recipient, reportHash: body.reportHash },
    };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.AcknowledgeDualReport,
      command,
      actor,
      request,
    });
  }
}
