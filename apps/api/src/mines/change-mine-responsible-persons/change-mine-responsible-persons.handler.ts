import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ChangeMineResponsiblePersons, mineCommandAccess, mineDecider } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';

import { MineDirectory, mineStream } from '../../shared/mine-directory';
import { ChangeMineResponsiblePersonsCommand } from './change-mine-responsible-persons.command';

@CommandHandler(ChangeMineResponsiblePersonsCommand)
export class ChangeMineResponsiblePersonsHandler implements ICommandHandler<ChangeMineResponsiblePersonsCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ mineId, body, actor, request }: ChangeMineResponsiblePersonsCommand): Promise<CommandAccepted> {
    const id = mineId;
    const command: Omit<ChangeMineResponsiblePersons, 'metadata'> = {
      type: 'ChangeMineResponsiblePersons',
      data: { mineId: id, reason: body.reason, principal: body.principal, responsiblePersons: body.responsiblePersons },
    };
    return this.gateway.execute({
      id,
      streamId: mineStream(id),
      decider: mineDecider,
      access: mineCommandAccess.ChangeMineResponsiblePersons,
      command,
      actor,
      target: await this.mines.scopeOf(id),
      request,
      reason: body.reason,
    });
  }
}
