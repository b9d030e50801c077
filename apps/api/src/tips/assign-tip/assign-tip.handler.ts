import { UnprocessableEntityException } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UserStore } from '@hazard-ledger/auth';
import { AssignTip, tipCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway, SignedCommand } from '../../shared/command-gateway';
import { existingTip } from '../shared/existing-tip';
import { AssignTipCommand } from './assign-tip.command';

@CommandHandler(AssignTipCommand)
export class AssignTipHandler implements ICommandHandler<AssignTipCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly users: UserStore,
  ) {}

  async execute({ tipId, body, actor, request }: AssignTipCommand): Promise<CommandAccepted> {
    // The assignee's name and role come from the user directory, looked up only after authorisation.
    const command: SignedCommand<AssignTip> = {
      type: 'AssignTip',
      signedOn: async (on) => {
        const user = await this.users.findById(body.assigneeId);
        if (!user || user.disabled || !(user.jurisdictions ?? []).includes(on.target.jurisdiction))
          throw new UnprocessableEntityException(
            `承办人 ${body.assigneeId} 不存在、已停用或不在本辖区 / Assignee ${body.assigneeId} is unknown, disabled or not of this jurisdiction`,
          );
        const assignee = { userId: user.id, name: user.displayName, role: user.role };
        return { command: { type: 'AssignTip', data: { tipId, assignee } } };
      },
    };
    return this.gateway.execute({ ...existingTip(tipId), access: tipCommandAccess.AssignTip, command, actor, request });
  }
}
