import { EvidenceDto, EvidenceList } from '../shared/evidence.dto';

export class CompleteRectificationRequest {
  @EvidenceList()
  evidence!: EvidenceDto[];
}
