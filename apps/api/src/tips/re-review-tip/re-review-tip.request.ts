import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { TIP_FINDINGS, TipFinding } from '@hazard-ledger/domain';
import { IsText, LIMITS } from '../../hazards/shared/hazard-dto';

export class ReReviewTipRequest {
  @ApiProperty({ enum: ['upheld', 'revised'], description: '维持 / 改变 / upheld or revised' })
  @IsIn(['upheld', 'revised'])
  outcome!: 'upheld' | 'revised';

  @ApiProperty({ enum: TIP_FINDINGS })
  @IsIn(TIP_FINDINGS)
  finding!: TipFinding;

  @ApiProperty({ example: '复查维持原结论', maxLength: LIMITS.description })
  @IsText(LIMITS.description)
  summary!: string;
}
