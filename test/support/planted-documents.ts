import { Global, Module } from '@nestjs/common';
import {
  ENFORCEMENT_DOCUMENTS,
  EnforcementDocumentFacts,
  EnforcementDocuments,
} from '../../apps/api/src/shared/enforcement-documents.port';

/**
 * TEST ONLY, until the merge: answers the ENFORCEMENT_DOCUMENTS port from the facts a spec planted. The documents
 * helper's real provider (which folds the document's stream) replaces it; it is never part of production code.
 */
export class PlantedEnforcementDocuments implements EnforcementDocuments {
  private readonly facts = new Map<string, EnforcementDocumentFacts>();

  plant(facts: EnforcementDocumentFacts): EnforcementDocumentFacts {
    this.facts.set(facts.documentId, { ...facts, hazardIds: [...facts.hazardIds] });
    return facts;
  }

  async factsOf(documentId: string): Promise<EnforcementDocumentFacts | undefined> {
    const found = this.facts.get(documentId);
    return found ? { ...found, hazardIds: [...found.hazardIds] } : undefined;
  }
}

/** One per test process: the catalogues' request builders plant into it, the app answers from it. */
export const plantedDocuments = new PlantedEnforcementDocuments();

@Global()
@Module({
  providers: [{ provide: ENFORCEMENT_DOCUMENTS, useValue: plantedDocuments }],
  exports: [ENFORCEMENT_DOCUMENTS],
})
export class PlantedDocumentsModule {}

/** A signed, in-force 停产整顿指令 or 复产批准 of `mineId`, planted and returned. */
export const plantDocument = (
  kind: 'suspension_order' | 'resumption_approval',
  mineId: string,
  hazardIds: string[] = [],
  documentId = `${kind === 'suspension_order' ? 'order' : 'approval'}-${mineId}`,
): EnforcementDocumentFacts =>
  plantedDocuments.plant({
    documentId,
    kind,
    docNo: kind === 'suspension_order' ? `(上党)应急停〔2024〕${documentId}` : `(上党)应急复〔2024〕${documentId}`,
    mineId,
    hazardIds,
    inForce: true,
  });
