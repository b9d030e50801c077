import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SignDocument, documentCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway, SignedCommand } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { DocumentSigner } from '../shared/document-signer';
import { existingDocument } from '../shared/existing-document';
import { SignDocumentCommand } from './sign-document.command';

@CommandHandler(SignDocumentCommand)
export class SignDocumentHandler implements ICommandHandler<SignDocumentCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    private readonly signer: DocumentSigner,
  ) {}

  async execute({ documentId, body, actor, request }: SignDocumentCommand): Promise<CommandAccepted> {
    const command: SignedCommand<SignDocument> = {
      type: 'SignDocument',
      signedOn: async (on) => {
        const { signature, expectedRevision } = await this.signer.sign(on, actor, body.password);
        return { command: { type: 'SignDocument', data: { documentId, signature } }, expectedRevision };
      },
    };
    return this.gateway.execute({
      ...existingDocument(this.mines, documentId),
      access: documentCommandAccess.SignDocument,
      command,
      actor,
      request,
    });
  }
}
