import { UnprocessableEntityException } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RevokeDocument, documentCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { DocumentDirectory } from '../shared/document-directory';
import { existingDocument } from '../shared/existing-document';
import { RevokeDocumentCommand } from './revoke-document.command';

@CommandHandler(RevokeDocumentCommand)
export class RevokeDocumentHandler implements ICommandHandler<RevokeDocumentCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    private readonly documents: DocumentDirectory,
  ) {}

  async execute({ documentId, body, actor, request }: RevokeDocumentCommand): Promise<CommandAccepted> {
    const data = { documentId, reason: body.reason, replacedBy: body.replacedBy ?? null };
    const command: Omit<RevokeDocument, 'metadata'> = { type: 'RevokeDocument', data };
    return this.gateway.execute({
      ...existingDocument(this.mines, documentId),
      access: documentCommandAccess.RevokeDocument,
      // After authorisation: a correction must name an existing document of the same mine.
      command: {
        type: 'RevokeDocument',
        signedOn: async (on) => {
          if (data.replacedBy !== null && data.replacedBy !== documentId)
            await this.replacement(data.replacedBy, on.target.mineId);
          return { command };
        },
      },
      actor,
      request,
      reason: body.reason,
    });
  }

  private async replacement(replacedBy: string, mineId: string): Promise<void> {
    const facts = await this.documents.factsOf(replacedBy);
    if (!facts || facts.mineId !== mineId)
      throw new UnprocessableEntityException(
        `更正文书 ${replacedBy} 不存在或不属于该矿山 / Replacing document ${replacedBy} does not exist or is of another mine`,
      );
  }
}
