import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { INSPECTION_RESULTS, InspectionResult } from '@hazard-ledger/domain';
import { IsText, LIMITS } from '../../hazards/shared/hazard-dto';

export class RecordInspectionResultRequest {
  @ApiProperty({
    enum: INSPECTION_RESULTS,
    example: 'no_major_hazard',
    description: '未发现重大事故隐患 = no_major_hazard',
  })
  @IsIn(INSPECTION_RESULTS)
  result!: InspectionResult;

  @ApiProperty({ example: '未发现重大事故隐患；一般隐患 2 项已责令整改', maxLength: LIMITS.description })
  @IsText(LIMITS.description)
  summary!: string;
}
