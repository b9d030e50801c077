import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { IsText, LIMITS } from '../../hazards/shared/hazard-dto';

export class ReviewDocumentRequest {
  @ApiProperty({ enum: ['approved', 'returned'], example: 'approved' })
  @IsIn(['approved', 'returned'])
  conclusion!: 'approved' | 'returned';

  @ApiProperty({
    example: '事实清楚，证据确凿，适用依据正确',
    maxLength: LIMITS.reason,
    description: '审核意见 / opinion',
  })
  @IsText(LIMITS.reason)
  opinion!: string;
}
