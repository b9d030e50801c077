import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, ValidateNested } from 'class-validator';
import { Recipient } from '@hazard-ledger/domain';
import { RECIPIENTS } from '../acknowledge-dual-report/acknowledge-dual-report.request';
import { IsText, LIMITS, PasswordDto } from '../shared/hazard-dto';

/** The three contents of a major-hazard report (16号令 Art. 14); blanks are the decision's to name (422). */
export class ReportContentDto {
  @ApiProperty({ example: '安全出口被堵塞，采场仅余一个出口', maxLength: LIMITS.description })
  @IsText(LIMITS.description)
  currentState!: string;

  @ApiProperty({ example: '废石临时堆放未及时清运', maxLength: LIMITS.description })
  @IsText(LIMITS.description)
  cause!: string;

  @ApiProperty({ example: '发生冒顶或火灾时人员无法撤离；清运需停产三天', maxLength: LIMITS.description })
  @IsText(LIMITS.description)
  severityAnalysis!: string;

  @ApiProperty({ example: '停止采场作业，清运废石，修复梯子间', maxLength: LIMITS.description })
  @IsText(LIMITS.description)
  remediationPlan!: string;
}

/** The report hash is not sent: it is the SM3 digest of the signed report, so receipts bind to what was signed. */
export class SubmitDualReportRequest extends PasswordDto {
  @ApiProperty({ enum: RECIPIENTS, example: 'regulator' })
  @IsIn(RECIPIENTS)
  recipient!: Recipient;

  @ApiProperty({ type: ReportContentDto })
  @ValidateNested()
  @Type(() => ReportContentDto)
  content!: ReportContentDto;
}
