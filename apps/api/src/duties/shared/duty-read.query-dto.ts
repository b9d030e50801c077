import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { IsRecordId } from '../../hazards/shared/hazard-dto';
import { ReadQuery } from '../../reads/read-query.dto';

const bool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** What the issue-14 registers accept: the time axes of every read model, a mine, and each register's flag. */
export class DutyReadQueryDto extends ReadQuery {
  @ApiPropertyOptional({ example: 'mine-demo-1' }) @IsOptional() @IsRecordId() mineId?: string;

  @ApiPropertyOptional({ description: '外包：仅看缺月度考核的 / contractors missing a monthly assessment' })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  missing?: boolean;

  @ApiPropertyOptional({ description: '精查：仅看逾期未销项的 / exam items past their deadline' })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  pastDeadline?: boolean;

  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx', description: '导出格式 / export format' })
  @IsOptional()
  @IsIn(['xlsx', 'csv'])
  format?: 'xlsx' | 'csv';
}
