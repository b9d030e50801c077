import { ApiProperty } from '@nestjs/swagger';
import { IsText, LIMITS, ReasonDto } from '../shared/hazard-dto';

/** The original stays in HazardDiscovered; the amendment records what it replaces and why. */
export class AmendHazardDescriptionRequest extends ReasonDto {
  @ApiProperty({ example: '采场东侧安全出口被废石完全堵塞，梯子间损坏', maxLength: LIMITS.description })
  @IsText(LIMITS.description)
  next!: string;
}
