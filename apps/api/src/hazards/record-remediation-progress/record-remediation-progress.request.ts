import { ApiProperty } from '@nestjs/swagger';
import { EvidenceDto, EvidenceList } from '../shared/evidence.dto';
import { IsText, LIMITS } from '../shared/hazard-dto';

export class RecordRemediationProgressRequest {
  @ApiProperty({ example: '废石已清运 60%', maxLength: LIMITS.description })
  @IsText(LIMITS.description)
  note!: string;

  @EvidenceList()
  evidence!: EvidenceDto[];
}
