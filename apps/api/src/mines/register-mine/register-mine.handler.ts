import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RegisterMine, mineCommandAccess, mineDecider, streams } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { newAggregateId } from '../../shared/aggregate-id';
import { RegisterMineCommand } from './register-mine.command';

@CommandHandler(RegisterMineCommand)
export class RegisterMineHandler implements ICommandHandler<RegisterMineCommand> {
  constructor(private readonly gateway: CommandGateway) {}

  async execute({ body, actor, request }: RegisterMineCommand): Promise<CommandAccepted> {
    const id = newAggregateId(request, 'mine');
    const command: Omit<RegisterMine, 'metadata'> = {
      type: 'RegisterMine',
      data: {
        mineId: id,
        name: body.name,
        siteType: body.siteType,
        jurisdiction: body.jurisdiction,
        enterprise: body.enterprise,
        principal: body.principal,
        responsiblePersons: body.responsiblePersons,
      },
    };
    return this.gateway.execute({
      id,
      streamId: streams.mine(id),
      decider: mineDecider,
      access: mineCommandAccess.RegisterMine,
      command,
      actor,
      scope: () => ({ mineId: id, jurisdiction: body.jurisdiction }),
      request,
    });
  }
}
