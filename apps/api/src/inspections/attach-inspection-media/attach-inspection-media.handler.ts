import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AttachInspectionMedia, inspectionCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingInspection } from '../shared/existing-inspection';
import { AttachInspectionMediaCommand } from './attach-inspection-media.command';

@CommandHandler(AttachInspectionMediaCommand)
export class AttachInspectionMediaHandler implements ICommandHandler<AttachInspectionMediaCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ inspectionId, body, actor, request }: AttachInspectionMediaCommand): Promise<CommandAccepted> {
    const command: Omit<AttachInspectionMedia, 'metadata'> = {
      type: 'AttachInspectionMedia',
      data: {
        inspectionId,
        media: body.media.map(({ mediaId, hash, alg, pending }) => ({ mediaId, hash, alg, pending })),
      },
    };
    return this.gateway.execute({
      ...existingInspection(this.mines, inspectionId),
      access: inspectionCommandAccess.AttachInspectionMedia,
      command,
      actor,
      request,
    });
  }
}
