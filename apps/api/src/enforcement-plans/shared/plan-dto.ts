import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

// Sanity bounds of the DTO only; the cap itself is the policy in force, applied by the decider (422).
const MAX_COUNT = 1000;

export class FrequencyPerGradeDto {
  @ApiProperty({ example: 1, description: 'A 低风险: 计划现场检查次数/年' })
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  A!: number;

  @ApiProperty({ example: 2, description: 'B 一般风险' })
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  B!: number;

  @ApiProperty({ example: 4, description: 'C 较大风险' })
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  C!: number;

  @ApiProperty({ example: 6, description: 'D 重大风险' })
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  D!: number;
}

export class PlannedMineDto {
  @ApiProperty({ example: 'mine-demo-1' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/)
  mineId!: string;

  @ApiPropertyOptional({ example: 6, description: '覆盖分级频次 / overrides the grade’s frequency (≤ cap)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  plannedInspections?: number;
}

/** What a draft and a revised draft both carry. */
export class PlanContentDto {
  @ApiProperty({ type: FrequencyPerGradeDto })
  @ValidateNested()
  @Type(() => FrequencyPerGradeDto)
  frequencyPerGrade!: FrequencyPerGradeDto;

  @ApiProperty({ type: [PlannedMineDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => PlannedMineDto)
  mines!: PlannedMineDto[];
}
