import { ApiProperty } from '@nestjs/swagger';
import { IsText, LIMITS } from '../../hazards/shared/hazard-dto';

export class RefuseTipRequest {
  @ApiProperty({ example: '不属于安全生产举报范围', maxLength: LIMITS.reason })
  @IsText(LIMITS.reason)
  reason!: string;
}
