import { ApiProperty } from '@nestjs/swagger';
import { IsText, LIMITS } from '../../hazards/shared/hazard-dto';

export class FinishHotWorkRequest {
  @ApiProperty({ example: '完工，现场无遗留火种，监护 30 分钟后撤离', maxLength: LIMITS.reason })
  @IsText(LIMITS.reason)
  note!: string;
}
