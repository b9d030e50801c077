/** What another record needs to know of an enforcement document (执法文书) to rely on it. */
export interface EnforcementDocumentFacts {
  documentId: string;
  kind: string; // 'suspension_order' (停产整顿指令), 'resumption_approval' (复产批准), ...
  docNo: string;
  mineId: string;
  hazardIds: string[];
  /** Its current version is the signed one and it is not revoked: the document has legal effect. */
  inForce: boolean;
}

export interface EnforcementDocuments {
  /** Undefined when no such document exists. Reads the document's stream (write side), not a read model. */
  factsOf(documentId: string): Promise<EnforcementDocumentFacts | undefined>;
}

export const ENFORCEMENT_DOCUMENTS = Symbol('ENFORCEMENT_DOCUMENTS');
