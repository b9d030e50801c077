import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { ReadQuery } from '../reads/read-query.dto';

const bool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class BoardQueryDto extends ReadQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) mineId?: string;
  @ApiPropertyOptional({ example: '140404' }) @IsOptional() @IsString() @MaxLength(20) jurisdiction?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(bool) @IsBoolean() open?: boolean;
  @ApiPropertyOptional({ description: '仅看违规/逾期 / only breaches (双报告) or overdue items (挂牌督办)' })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  flagged?: boolean;
}
