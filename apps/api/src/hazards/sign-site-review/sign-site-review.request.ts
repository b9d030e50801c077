import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { CONCLUSIONS, IsText, LIMITS, PasswordDto } from '../shared/hazard-dto';

/** Each reviewer signs separately; no one who wrote, returned, accepted or re-timed the plan may sign. */
export class SignSiteReviewRequest extends PasswordDto {
  @ApiProperty({ example: '两个安全出口畅通，梯子间完好', maxLength: LIMITS.description })
  @IsText(LIMITS.description)
  findings!: string;

  @ApiProperty({ enum: CONCLUSIONS, example: 'passed' })
  @IsIn(CONCLUSIONS)
  conclusion!: 'passed' | 'failed';
}
