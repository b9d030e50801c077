import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ServeDocument, documentCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingDocument } from '../shared/existing-document';
import { ServeDocumentCommand } from './serve-document.command';

@CommandHandler(ServeDocumentCommand)
export class ServeDocumentHandler implements ICommandHandler<ServeDocumentCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ documentId, body, actor, request }: ServeDocumentCommand): Promise<CommandAccepted> {
    const command: Omit<ServeDocument, 'metadata'> = {
      type: 'ServeDocument',
      data: { documentId, method: body.method, recipient: body.recipient, servedAt: body.servedAt },
    };
    return this.gateway.execute({
      ...existingDocument(this.mines, documentId),
      access: documentCommandAccess.ServeDocument,
      command,
      actor,
      request,
    });
  }
}
