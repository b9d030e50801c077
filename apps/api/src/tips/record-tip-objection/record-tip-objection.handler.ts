import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RecordTipObjection, tipCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { existingTip } from '../shared/existing-tip';
import { RecordTipObjectionCommand } from './record-tip-objection.command';

@CommandHandler(RecordTipObjectionCommand)
export class RecordTipObjectionHandler implements ICommandHandler<RecordTipObjectionCommand> {
  constructor(private readonly gateway: CommandGateway) {}

  async execute({ tipId, body, actor, request }: RecordTipObjectionCommand): Promise<CommandAccepted> {
    const command: Omit<RecordTipObjection, 'metadata'> = {
      type: 'RecordTipObjection',
      data: { tipId, objection: body.objection, receivedAt: body.receivedAt },
    };
    return this.gateway.execute({
      ...existingTip(tipId),
      access: tipCommandAccess.RecordTipObjection,
      command,
      actor,
      request,
    });
  }
}
