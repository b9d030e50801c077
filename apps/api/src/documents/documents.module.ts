import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ReadsModule } from '../reads/reads.module';
import { SharedModule } from '../shared/shared.module';
import { AmendDocumentController } from './amend-document/amend-document.controller';
import { AmendDocumentHandler } from './amend-document/amend-document.handler';
import { DraftDocumentController } from './draft-document/draft-document.controller';
import { DraftDocumentHandler } from './draft-document/draft-document.handler';
import { EnforcementDocumentsModule } from './enforcement-documents.module';
import { GetDocumentController } from './get-document/get-document.controller';
import { ReviewDocumentController } from './review-document/review-document.controller';
import { ReviewDocumentHandler } from './review-document/review-document.handler';
import { RevokeDocumentController } from './revoke-document/revoke-document.controller';
import { RevokeDocumentHandler } from './revoke-document/revoke-document.handler';
import { ServeDocumentController } from './serve-document/serve-document.controller';
import { ServeDocumentHandler } from './serve-document/serve-document.handler';
import { DocumentSigner } from './shared/document-signer';
import { LinkedRecords } from './shared/linked-records';
import { SignDocumentController } from './sign-document/sign-document.controller';
import { SignDocumentHandler } from './sign-document/sign-document.handler';

export type ModuleImport = NonNullable<ModuleMetadata['imports']>[number];

/**
 * 执法文书 commands and reads. Re-exports EnforcementDocumentsModule (the real ENFORCEMENT_DOCUMENTS provider).
 * `inspectionTeams` must be a module that provides and exports INSPECTION_TEAMS: the inspections module in
 * production; the e2e specs pass a test module that answers from planted inspection facts.
 */
@Module({})
export class DocumentsModule {
  static register(inspectionTeams: ModuleImport): DynamicModule {
    return {
      module: DocumentsModule,
      imports: [CqrsModule, SharedModule, ReadsModule, EnforcementDocumentsModule, inspectionTeams],
      controllers: [
        DraftDocumentController,
        AmendDocumentController,
        ReviewDocumentController,
        SignDocumentController,
        ServeDocumentController,
        RevokeDocumentController,
        GetDocumentController,
      ],
      providers: [
        DraftDocumentHandler,
        AmendDocumentHandler,
        ReviewDocumentHandler,
        SignDocumentHandler,
        ServeDocumentHandler,
        RevokeDocumentHandler,
        DocumentSigner,
        LinkedRecords,
      ],
      exports: [EnforcementDocumentsModule],
    };
  }
}
