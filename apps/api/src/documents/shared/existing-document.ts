import { NotFoundException } from '@nestjs/common';
import { EnforcementDocument, documentDecider, streams } from '@hazard-ledger/domain';
import { MineDirectory } from '../../shared/mine-directory';

/** A document's commands act in its mine's jurisdiction; 404 when the document was never drafted. */
export const existingDocument = (mines: MineDirectory, documentId: string) => ({
  id: documentId,
  streamId: streams.document(documentId),
  decider: documentDecider,
  scope: (document: EnforcementDocument) => {
    if (document.status === 'none')
      throw new NotFoundException(`文书 ${documentId} 不存在 / Document ${documentId} does not exist`);
    return mines.scopeOf(document.mineId);
  },
});
