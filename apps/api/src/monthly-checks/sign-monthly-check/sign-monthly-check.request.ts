import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { MONTHLY_CHECK_RESULTS, MonthlyCheckResult } from '@hazard-ledger/domain';
import { IsText, LIMITS, PasswordField } from '../../hazards/shared/hazard-dto';

/** 主要负责人签字: the result and its summary, signed with the principal's re-entered password. */
export class SignMonthlyCheckRequest {
  @ApiProperty({ enum: MONTHLY_CHECK_RESULTS, example: 'none_found', description: '发现重大隐患 / 未发现' })
  @IsIn(MONTHLY_CHECK_RESULTS)
  result!: MonthlyCheckResult;

  @ApiProperty({ example: '本月排查未发现重大事故隐患', maxLength: LIMITS.description })
  @IsText(LIMITS.description)
  summary!: string;

  @PasswordField()
  password!: string;
}
