import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RevokeDocument, documentCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingDocument } from '../shared/existing-document';
import { RevokeDocumentCommand } from './revoke-document.command';

@CommandHandler(RevokeDocumentCommand)
export class RevokeDocumentHandler implements ICommandHandler<RevokeDocumentCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ documentId, body, actor, request }: RevokeDocumentCommand): Promise<CommandAccepted> {
    const command: Omit<RevokeDocument, 'metadata'> = {
      type: 'RevokeDocument',
      data: { documentId, reason: body.reason, replacedBy: body.replacedBy ?? null },
    };
    return this.gateway.execute({
      ...existingDocument(this.mines, documentId),
      access: documentCommandAccess.RevokeDocument,
      command,
      actor,
      request,
      reason: body.reason,
    });
  }
}
