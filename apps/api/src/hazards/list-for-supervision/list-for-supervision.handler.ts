import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ListForSupervision, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { ListForSupervisionCommand } from './list-for-supervision.command';

@CommandHandler(ListForSupervisionCommand)
export class ListForSupervisionHandler implements ICommandHandler<ListForSupervisionCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ hazardId, body, actor, request }: ListForSupervisionCommand): Promise<CommandAccepted> {
    const command: Omit<ListForSupervision, 'metadata'> = {
      type: 'ListForSupervision',
      data: {
        hazardId,
        level: body.level,
        unit: body.unit,
        supervisingOfficial: body.supervisingOfficial,
        deadline: body.deadline,
        noticeNo: body.noticeNo,
      },
    };
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.ListForSupervision,
      command,
      actor,
      request,
    });
  }
}
