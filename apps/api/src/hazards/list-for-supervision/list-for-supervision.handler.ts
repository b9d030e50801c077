import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ListForSupervision, hazardCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingHazard } from '../shared/existing-hazard';
import { HazardSigner, signedOnRecord } from '../shared/hazard-signer';
import { ListForSupervisionCommand } from './list-for-supervision.command';

@CommandHandler(ListForSupervisionCommand)
export class ListForSupervisionHandler implements ICommandHandler<ListForSupervisionCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    private readonly signer: HazardSigner,
  ) {}

  async execute({ hazardId, body, actor, request }: ListForSupervisionCommand): Promise<CommandAccepted> {
    const { level, unit, supervisingOfficial, deadline, noticeNo, password } = body;
    const command = signedOnRecord<ListForSupervision>(
      this.signer,
      { type: 'ListForSupervision', actor, password },
      { hazardId, level, unit, supervisingOfficial, deadline, noticeNo },
    );
    return this.gateway.execute({
      ...existingHazard(this.mines, hazardId),
      access: hazardCommandAccess.ListForSupervision,
      command,
      actor,
      request,
    });
  }
}
