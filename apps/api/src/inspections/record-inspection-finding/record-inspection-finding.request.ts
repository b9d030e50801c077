import { ApiProperty } from '@nestjs/swagger';
import { IsNotFuture } from '../../hazards/shared/instant.validators';
import { EvidenceDto, EvidenceList } from '../../hazards/shared/evidence.dto';
import { ClauseIdProperty, IsText, LIMITS, PasswordDto } from '../../hazards/shared/hazard-dto';

/**
 * A hazard found on this inspection: discovered in the hazard stream with the inspection as its source, signed by
 * the inspector who records it (谁检查、谁签名) with the re-entered password.
 */
export class RecordInspectionFindingRequest extends PasswordDto {
  @ClauseIdProperty(true)
  clauseId!: string;

  @ApiProperty({ example: '-120m 中段 3# 采场', maxLength: LIMITS.location })
  @IsText(LIMITS.location)
  location!: string;

  @ApiProperty({ example: '采场东侧安全出口被废石堵塞', maxLength: LIMITS.description })
  @IsText(LIMITS.description)
  description!: string;

  @EvidenceList()
  evidence!: EvidenceDto[];

  @ApiProperty({ example: '2024-03-10T02:30:00.000Z', description: '发现时间 / when it was found' })
  @IsNotFuture()
  occurredAt!: string;
}
