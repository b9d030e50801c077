import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { IsRecordId } from '../../hazards/shared/hazard-dto';
import { ReadQuery } from '../../reads/read-query.dto';

const bool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const STEPS = ['accept', 'assign', 'verify', 'handle', 'feedback', 'objection_window', 're_review', 'none'] as const;
const FORMATS = ['xlsx', 'csv'] as const;

export class TipsBoardQueryDto extends ReadQuery {
  @ApiPropertyOptional({ example: 'mine-demo-1' }) @IsOptional() @IsRecordId() mineId?: string;

  @ApiPropertyOptional({ enum: STEPS, description: '待办环节 / the step a tip waits for' })
  @IsOptional()
  @IsIn(STEPS)
  step?: (typeof STEPS)[number];

  @ApiPropertyOptional({ description: '仅看超期环节 / only steps past their deadline' })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ description: '仅看有异议 / only tips with an objection' })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  objected?: boolean;

  @ApiPropertyOptional({ enum: ['decided', 'unpaid'], description: '奖励已决定 / 未兑付' })
  @IsOptional()
  @IsIn(['decided', 'unpaid'])
  reward?: 'decided' | 'unpaid';

  @ApiPropertyOptional({ description: '不属实结论被后续证据推翻 / closed 不属实 and later proved true' })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  provenTrueLater?: boolean;
}

export class TipsBoardExportQueryDto extends TipsBoardQueryDto {
  @ApiPropertyOptional({ enum: FORMATS, default: 'xlsx' })
  @IsOptional()
  @IsIn(FORMATS)
  format?: (typeof FORMATS)[number];
}
