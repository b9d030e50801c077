import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RecordPenaltyPayment, penaltyCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingPenalty } from '../shared/existing-penalty';
import { RecordPenaltyPaymentCommand } from './record-penalty-payment.command';

@CommandHandler(RecordPenaltyPaymentCommand)
export class RecordPenaltyPaymentHandler implements ICommandHandler<RecordPenaltyPaymentCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ penaltyId, body, actor, request }: RecordPenaltyPaymentCommand): Promise<CommandAccepted> {
    const command: Omit<RecordPenaltyPayment, 'metadata'> = {
      type: 'RecordPenaltyPayment',
      data: {
        penaltyId,
        targetId: body.targetId,
        amountYuan: body.amountYuan,
        paidAt: body.paidAt,
        receiptNo: body.receiptNo,
      },
    };
    return this.gateway.execute({
      ...existingPenalty(this.mines, penaltyId),
      access: penaltyCommandAccess.RecordPenaltyPayment,
      command,
      actor,
      request,
    });
  }
}
