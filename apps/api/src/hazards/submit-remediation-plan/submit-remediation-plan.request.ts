import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { IsRecordId, IsText, LIMITS } from '../shared/hazard-dto';
import { IsDeadline } from '../shared/instant.validators';

export class ResponsibilityDto {
  @ApiPropertyOptional({ example: '采矿车间', maxLength: LIMITS.name })
  @IsOptional()
  @IsText(LIMITS.name)
  unit?: string;

  @ApiPropertyOptional({ example: '王建国', maxLength: LIMITS.name })
  @IsOptional()
  @IsText(LIMITS.name)
  person?: string;
}

export class FundsDto {
  @ApiPropertyOptional({ example: 500000, description: '元 / CNY' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1e12)
  amount?: number;

  @ApiPropertyOptional({ example: '企业安全生产费用', maxLength: LIMITS.name })
  @IsOptional()
  @IsText(LIMITS.name)
  source?: string;
}

/**
 * 五落实 (责任、措施、资金、时限、预案). Every item is optional here on purpose: the decision names the missing
 * ones (422 PlanIncomplete), which tells the enterprise more than a bare 400.
 */
export class SubmitRemediationPlanRequest {
  @ApiPropertyOptional({ type: ResponsibilityDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ResponsibilityDto)
  responsibility?: ResponsibilityDto;

  @ApiPropertyOptional({ example: ['清运废石', '修复梯子间', '增设应急照明'], maxItems: LIMITS.list })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.list)
  @IsText(LIMITS.reason, { each: true })
  measures?: string[];

  @ApiPropertyOptional({ type: FundsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => FundsDto)
  funds?: FundsDto;

  @ApiPropertyOptional({ example: '2024-06-30T00:00:00.000Z', description: '治理时限 / completion deadline' })
  @IsOptional()
  @IsDeadline()
  deadline?: string;

  @ApiPropertyOptional({ example: '采场停止作业，设置警戒，井下人员经西侧出口撤离', maxLength: LIMITS.description })
  @IsOptional()
  @IsText(LIMITS.description)
  contingencyPlan?: string;

  @ApiPropertyOptional({
    example: ['u-enterprise-staff'],
    description: '参与编制者的用户标识（不得参与现场审查）/ user ids of co-authors (barred from the site review)',
    maxItems: 20,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsRecordId({ each: true })
  contributors?: string[];
}
