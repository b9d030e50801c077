import { EvidenceDto, EvidenceList } from '../shared/evidence.dto';
import { PasswordDto } from '../shared/hazard-dto';

/** 立即整改: the after-photo and the rectifier's signature stand in for a separate verification. */
export class RectifyOnSpotRequest extends PasswordDto {
  @EvidenceList('整改后照片 / after photos')
  afterEvidence!: EvidenceDto[];
}
