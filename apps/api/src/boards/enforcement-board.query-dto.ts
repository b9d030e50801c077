import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ReadQuery } from '../reads/read-query.dto';

const FORMATS = ['xlsx', 'csv'] as const;
const SUSPENSION_STATUSES = ['suspended', 'resumed', 'closed', 'all'] as const;
const PLAN_FLAGS = ['under', 'over'] as const;

/** These boards page by offset: the cursor is the next row number, as returned in nextCursor. */
export class OffsetReadQuery extends ReadQuery {
  @ApiPropertyOptional({ description: '上一页返回的 nextCursor / nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^\d{1,9}$/, { message: 'cursor 须为上一页返回的 nextCursor / cursor must be a nextCursor' })
  override cursor?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) mineId?: string;
  @ApiPropertyOptional({ example: '140404' }) @IsOptional() @IsString() @MaxLength(20) jurisdiction?: string;

  @ApiPropertyOptional({ enum: FORMATS, description: '仅导出 / exports only' })
  @IsOptional()
  @IsIn(FORMATS)
  format?: (typeof FORMATS)[number];
}

export class SuspensionBoardQueryDto extends OffsetReadQuery {
  @ApiPropertyOptional({ description: '隐患编号：列出点名该隐患的停产指令 / orders naming this hazard' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  hazardId?: string;

  @ApiPropertyOptional({ enum: SUSPENSION_STATUSES, default: 'suspended' })
  @IsOptional()
  @IsIn(SUSPENSION_STATUSES)
  status?: (typeof SUSPENSION_STATUSES)[number];
}

export class PlanBoardQueryDto extends OffsetReadQuery {
  @ApiProperty({ example: 2025, description: '计划年度 / plan year' })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiPropertyOptional({ enum: PLAN_FLAGS, description: 'under 检查不足（年度已结束）/ over 超过上限' })
  @IsOptional()
  @IsIn(PLAN_FLAGS)
  flag?: (typeof PLAN_FLAGS)[number];
}
