import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { IsText, LIMITS } from '../../hazards/shared/hazard-dto';

export class ExtendTipDeadlineRequest {
  @ApiProperty({ example: 30, minimum: 1, maximum: 366, description: '延长天数（上限见政策）/ days (cap: policy)' })
  @IsInt()
  @Min(1)
  @Max(366)
  days!: number;

  @ApiProperty({ example: '需委托检测机构鉴定', maxLength: LIMITS.reason })
  @IsText(LIMITS.reason)
  reason!: string;
}
