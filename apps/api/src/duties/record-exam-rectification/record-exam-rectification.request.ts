import { ApiProperty } from '@nestjs/swagger';
import { IsText, LIMITS } from '../../hazards/shared/hazard-dto';

export class RecordExamRectificationRequest {
  @ApiProperty({ example: '已配备专职安全员 2 名' }) @IsText(LIMITS.description) rectification!: string;
}
