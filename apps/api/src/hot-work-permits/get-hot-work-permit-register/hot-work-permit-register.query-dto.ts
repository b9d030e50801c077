import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsRecordId } from '../../hazards/shared/hazard-dto';
import { IsReadInstant } from '../../hazards/shared/instant.validators';
import { ReadQuery } from '../../reads/read-query.dto';

const STATUSES = ['requested', 'approved', 'started', 'finished', 'cancelled'] as const;
const FORMATS = ['xlsx', 'csv'] as const;

export class HotWorkPermitRegisterQueryDto extends ReadQuery {
  @ApiPropertyOptional({ example: 'mine-demo-1' }) @IsOptional() @IsRecordId() mineId?: string;

  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES) status?: (typeof STATUSES)[number];

  @ApiPropertyOptional({ example: 'contractor-demo-1' }) @IsOptional() @IsRecordId() contractorId?: string;

  @ApiPropertyOptional({ example: '2024-03-01T00:00:00+08:00', description: '作业时段晚于 / window ends at or after' })
  @IsOptional()
  @IsReadInstant()
  windowFrom?: string;

  @ApiPropertyOptional({ example: '2024-04-01T00:00:00+08:00', description: '作业时段早于 / window starts before' })
  @IsOptional()
  @IsReadInstant()
  windowBefore?: string;
}

export class HotWorkPermitRegisterExportQueryDto extends HotWorkPermitRegisterQueryDto {
  @ApiPropertyOptional({ enum: FORMATS, default: 'xlsx' })
  @IsOptional()
  @IsIn(FORMATS)
  format?: (typeof FORMATS)[number];
}
