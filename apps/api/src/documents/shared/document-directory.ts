import { Inject, Injectable } from '@nestjs/common';
import {
  DocumentEvent,
  EnforcementDocument,
  RecordedEvent,
  documentDecider,
  documentInForce,
  streams,
} from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore, ReadStreamOptions } from '@hazard-ledger/event-store';
import { EnforcementDocumentFacts, EnforcementDocuments } from '../../shared/enforcement-documents.port';

export interface DocumentFold {
  document: EnforcementDocument;
  events: RecordedEvent[];
}

/**
 * Folds a document's stream from the event store (write side, no read model): the facts other records rely on
 * (the ENFORCEMENT_DOCUMENTS port) and the versions GET /documents/:id shows, optionally as of a time.
 */
@Injectable()
export class DocumentDirectory implements EnforcementDocuments {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async find(
    documentId: string,
    options: Pick<ReadStreamOptions, 'toRecordedAt' | 'toOccurredAt'> = {},
  ): Promise<DocumentFold> {
    const events = await this.store.readStream(streams.document(documentId), options);
    const document = events.reduce(
      (state, e) => documentDecider.evolve(state, { type: e.type, data: e.data } as unknown as DocumentEvent),
      documentDecider.initialState(),
    );
    return { document, events };
  }

  async factsOf(documentId: string): Promise<EnforcementDocumentFacts | undefined> {
    const { document } = await this.find(documentId);
    if (document.status === 'none') return undefined;
    return {
      documentId: document.documentId,
      kind: document.kind,
      docNo: document.docNo,
      mineId: document.mineId,
      hazardIds: [...document.hazardIds],
      inForce: documentInForce(document),
    };
  }
}
