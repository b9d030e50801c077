import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ReviewDocumentLegally, documentCommandAccess } from '@hazard-ledger/domain';
import { CommandAccepted, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { existingDocument } from '../shared/existing-document';
import { ReviewDocumentCommand } from './review-document.command';

@CommandHandler(ReviewDocumentCommand)
export class ReviewDocumentHandler implements ICommandHandler<ReviewDocumentCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  async execute({ documentId, body, actor, request }: ReviewDocumentCommand): Promise<CommandAccepted> {
    const command: Omit<ReviewDocumentLegally, 'metadata'> = {
      type: 'ReviewDocumentLegally',
      data: { documentId, conclusion: body.conclusion, opinion: body.opinion },
    };
    return this.gateway.execute({
      ...existingDocument(this.mines, documentId),
      access: documentCommandAccess.ReviewDocumentLegally,
      command,
      actor,
      request,
    });
  }
}
