import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AmendDocument, documentCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingDocument } from '../shared/existing-document';
import { AmendDocumentCommand } from './amend-document.command';

@CommandHandler(AmendDocumentCommand)
export class AmendDocumentHandler implements ICommandHandler<AmendDocumentCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ documentId, body, actor, request }: AmendDocumentCommand): Promise<CommandAccepted> {
    const command: Omit<AmendDocument, 'metadata'> = {
      type: 'AmendDocument',
      data: { documentId, content: body.content, reason: body.reason },
    };
    return this.gateway.execute({
      ...existingDocument(this.mines, documentId),
      access: documentCommandAccess.AmendDocument,
      command,
      actor,
      request,
      reason: body.reason,
    });
  }
}
