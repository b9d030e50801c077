import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { PlanContentDto } from '../shared/plan-dto';

export class DraftEnforcementPlanRequest extends PlanContentDto {
  @ApiProperty({ example: '140404', description: '辖区行政区划代码 (GB/T 2260)' })
  @Matches(/^\d{6}$/)
  jurisdiction!: string;

  @ApiProperty({ example: 2025, description: '计划年度 / plan year' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}
