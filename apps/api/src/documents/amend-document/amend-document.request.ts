import { DocumentContent } from '@hazard-ledger/domain';
import { ReasonDto } from '../../hazards/shared/hazard-dto';
import { IsDocumentContent } from '../shared/document-dto';

/** The whole new content; the decider computes the field-level diff against the current version. */
export class AmendDocumentRequest extends ReasonDto {
  @IsDocumentContent()
  content!: DocumentContent;
}
