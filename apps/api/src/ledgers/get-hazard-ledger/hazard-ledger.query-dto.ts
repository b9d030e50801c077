import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { LEDGER_SORTS } from '@hazard-ledger/read-models';
import { IsRecordId } from '../../hazards/shared/hazard-dto';
import { IsReadInstant } from '../../hazards/shared/instant.validators';
import { ReadQuery } from '../../reads/read-query.dto';

const bool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const list = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',') : value);

/** Views the bureau asks for by name (the 2024 notice's "2023 年及以前排查出的重大隐患" still open). */
export const LEDGER_VIEWS = ['major-found-by-2023-open'] as const;

export class HazardLedgerQueryDto extends ReadQuery {
  @ApiPropertyOptional({
    enum: LEDGER_VIEWS,
    description: '预设视图 / a named view: major hazards found by 2023, still open',
  })
  @IsOptional()
  @IsIn(LEDGER_VIEWS)
  view?: (typeof LEDGER_VIEWS)[number];

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) mineId?: string;
  @ApiPropertyOptional({ example: '140404' }) @IsOptional() @IsString() @MaxLength(20) jurisdiction?: string;
  @ApiPropertyOptional({ enum: ['major', 'general'] }) @IsOptional() @IsIn(['major', 'general']) grade?:
    | 'major'
    | 'general';
  @ApiPropertyOptional({ example: 'in_remediation,plan_submitted', description: '逗号分隔 / comma-separated statuses' })
  @IsOptional()
  @Transform(list)
  @IsString({ each: true })
  status?: string[];
  @ApiPropertyOptional({ example: 'MHS2022-UG-20' }) @IsOptional() @IsString() @MaxLength(40) clauseId?: string;
  @ApiPropertyOptional({ example: 'inspection' }) @IsOptional() @IsString() @MaxLength(40) source?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(bool) @IsBoolean() basicCondition?: boolean;
  @ApiPropertyOptional({ description: '未销号/未关闭 / not signed off, closed or voided' })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  open?: boolean;
  @ApiPropertyOptional({ description: '整改逾期 / remediation owed and past its deadline' })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  overdue?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsReadInstant() discoveredFrom?: string;
  @ApiPropertyOptional({ description: '不含 / exclusive' }) @IsOptional() @IsReadInstant() discoveredBefore?: string;
  @ApiPropertyOptional() @IsOptional() @IsReadInstant() determinedFrom?: string;
  @ApiPropertyOptional() @IsOptional() @IsReadInstant() determinedBefore?: string;
  @ApiPropertyOptional() @IsOptional() @IsReadInstant() deadlineFrom?: string;
  @ApiPropertyOptional() @IsOptional() @IsReadInstant() deadlineBefore?: string;

  @ApiPropertyOptional({ description: '外包单位 / hazards by contractor' })
  @IsOptional()
  @IsRecordId()
  contractorId?: string;

  @ApiPropertyOptional({ enum: Object.keys(LEDGER_SORTS), default: 'discoveredAt' })
  @IsOptional()
  @IsIn(Object.keys(LEDGER_SORTS))
  sort?: keyof typeof LEDGER_SORTS;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';
}
