import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ChangeMineResponsiblePersons, mineCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { existingMine } from '../shared/existing-mine';
import { ChangeMineResponsiblePersonsCommand } from './change-mine-responsible-persons.command';

@CommandHandler(ChangeMineResponsiblePersonsCommand)
export class ChangeMineResponsiblePersonsHandler implements ICommandHandler<ChangeMineResponsiblePersonsCommand> {
  constructor(private readonly gateway: CommandGateway) {}

  async execute({ mineId, body, actor, request }: ChangeMineResponsiblePersonsCommand): Promise<CommandAccepted> {
    const command: Omit<ChangeMineResponsiblePersons, 'metadata'> = {
      type: 'ChangeMineResponsiblePersons',
      data: { mineId, reason: body.reason, principal: body.principal, responsiblePersons: body.responsiblePersons },
    };
    return this.gateway.execute({
      ...existingMine(mineId),
      access: mineCommandAccess.ChangeMineResponsiblePersons,
      command,
      actor,
      request,
      reason: body.reason,
    });
  }
}
