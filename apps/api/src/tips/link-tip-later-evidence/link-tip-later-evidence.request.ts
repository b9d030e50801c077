import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { LATER_EVIDENCE_KINDS, LaterEvidenceKind } from '@hazard-ledger/domain';
import { IsText, IsRecordId, LIMITS } from '../../hazards/shared/hazard-dto';

export class LinkTipLaterEvidenceRequest {
  @ApiProperty({ enum: LATER_EVIDENCE_KINDS })
  @IsIn(LATER_EVIDENCE_KINDS)
  kind!: LaterEvidenceKind;

  @ApiProperty({ example: 'inspection-12' })
  @IsRecordId()
  evidenceId!: string;

  @ApiProperty({ example: '上级检查发现同一隐患', maxLength: LIMITS.description })
  @IsText(LIMITS.description)
  summary!: string;
}
