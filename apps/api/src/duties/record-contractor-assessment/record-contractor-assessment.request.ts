import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, Matches, Max, Min } from 'class-validator';
import { IsText, LIMITS } from '../../hazards/shared/hazard-dto';

/** 月度绩效考核. */
export class RecordContractorAssessmentRequest {
  @ApiProperty({ example: '2024-02' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month 须为 YYYY-MM / month must be YYYY-MM' })
  month!: string;

  @ApiProperty({ example: 86, minimum: 0, maximum: 100 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  score!: number;

  @ApiProperty({ example: '支护不及时一次，已整改' }) @IsText(LIMITS.description) findings!: string;
}
