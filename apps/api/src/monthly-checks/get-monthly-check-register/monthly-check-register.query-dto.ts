import { ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, Matches } from 'class-validator';
import { MONTHLY_CHECK_RESULTS, MonthlyCheckResult } from '@hazard-ledger/domain';
import { IsRecordId } from '../../hazards/shared/hazard-dto';
import { ReadQuery } from '../../reads/read-query.dto';
import { MONTH_PATTERN } from '../record-monthly-check/record-monthly-check.request';

const bool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const FORMATS = ['xlsx', 'csv'] as const;
const MONTH_MESSAGE = { message: '月份须为 YYYY-MM / a month is YYYY-MM' };

export class MonthlyCheckRegisterQueryDto extends ReadQuery {
  @ApiPropertyOptional({ example: 'mine-demo-1' }) @IsOptional() @IsRecordId() mineId?: string;

  @ApiPropertyOptional({ example: '2024-01', description: '起始月份（含）/ from month' })
  @IsOptional()
  @Matches(MONTH_PATTERN, MONTH_MESSAGE)
  fromMonth?: string;

  @ApiPropertyOptional({ example: '2024-12', description: '截止月份（含）/ to month' })
  @IsOptional()
  @Matches(MONTH_PATTERN, MONTH_MESSAGE)
  toMonth?: string;

  @ApiPropertyOptional({ enum: MONTHLY_CHECK_RESULTS })
  @IsOptional()
  @IsIn(MONTHLY_CHECK_RESULTS)
  result?: MonthlyCheckResult;

  @ApiPropertyOptional({ description: '仅看逾期完成 / only checks done late' })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  late?: boolean;

  @ApiPropertyOptional({ description: '是否由主要负责人牵头 / led by the principal' })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  ledByPrincipal?: boolean;
}

export class MonthlyCheckRegisterExportQueryDto extends MonthlyCheckRegisterQueryDto {
  @ApiPropertyOptional({ enum: FORMATS, default: 'xlsx' })
  @IsOptional()
  @IsIn(FORMATS)
  format?: (typeof FORMATS)[number];
}

/** The board: one mine or every mine in scope, a span of months, either time axis; no paging (at most 120 months). */
export class MonthlyCheckBoardQueryDto extends PickType(ReadQuery, ['asOf', 'validAt', 'minPosition'] as const) {
  @ApiPropertyOptional({
    example: 'mine-demo-1',
    description: '矿山；不填则为可见的全部矿山 / one mine, else every mine in scope',
  })
  @IsOptional()
  @IsRecordId()
  mineId?: string;

  @ApiPropertyOptional({
    example: '2024-01',
    description: '起始月份，默认政策起始月 / from month (default: the policy’s first month)',
  })
  @IsOptional()
  @Matches(MONTH_PATTERN, MONTH_MESSAGE)
  fromMonth?: string;

  @ApiPropertyOptional({
    example: '2024-12',
    description: '截止月份，默认查询时点所在月 / to month (default: the month read at)',
  })
  @IsOptional()
  @Matches(MONTH_PATTERN, MONTH_MESSAGE)
  toMonth?: string;
}

export class MonthlyCheckBoardExportQueryDto extends MonthlyCheckBoardQueryDto {
  @ApiPropertyOptional({ enum: FORMATS, default: 'xlsx' })
  @IsOptional()
  @IsIn(FORMATS)
  format?: (typeof FORMATS)[number];
}
