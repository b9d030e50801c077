import { Module } from '@nestjs/common';
import { ENFORCEMENT_DOCUMENTS } from '../shared/enforcement-documents.port';
import { DocumentDirectory } from './shared/document-directory';

/**
 * The real ENFORCEMENT_DOCUMENTS provider (folds the document's stream) and the directory behind it. Import this
 * module wherever a record relies on a 执法文书 (penalties, orders); it needs no inspection teams.
 */
@Module({
  providers: [DocumentDirectory, { provide: ENFORCEMENT_DOCUMENTS, useExisting: DocumentDirectory }],
  exports: [ENFORCEMENT_DOCUMENTS, DocumentDirectory],
})
export class EnforcementDocumentsModule {}
