import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { INSPECTION_KINDS, InspectionKind } from '@hazard-ledger/domain';
import { IsRecordId } from '../../hazards/shared/hazard-dto';
import { IsReadInstant } from '../../hazards/shared/instant.validators';
import { ReadQuery } from '../../reads/read-query.dto';

const bool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const FORMATS = ['xlsx', 'csv'] as const;

export class InspectionRegisterQueryDto extends ReadQuery {
  @ApiPropertyOptional({ example: 'mine-demo-1' }) @IsOptional() @IsRecordId() mineId?: string;

  @ApiPropertyOptional({ example: 'u-inspector-zhang', description: '检查组成员 / a team member' })
  @IsOptional()
  @IsRecordId()
  inspectorId?: string;

  @ApiPropertyOptional({ enum: INSPECTION_KINDS }) @IsOptional() @IsIn(INSPECTION_KINDS) kind?: InspectionKind;

  @ApiPropertyOptional({ example: '2024-01-01T00:00:00+08:00', description: '检查时间起（含）/ took place from' })
  @IsOptional()
  @IsReadInstant()
  startedFrom?: string;

  @ApiPropertyOptional({ example: '2025-01-01T00:00:00+08:00', description: '检查时间止（不含）/ took place before' })
  @IsOptional()
  @IsReadInstant()
  startedBefore?: string;

  @ApiPropertyOptional({ description: '仅看未全员签名 / only inspections missing a member’s signature' })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  unsigned?: boolean;

  @ApiPropertyOptional({ description: '仅看补录 / only late entries' })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  late?: boolean;
}

export class InspectionRegisterExportQueryDto extends InspectionRegisterQueryDto {
  @ApiPropertyOptional({ enum: FORMATS, default: 'xlsx' })
  @IsOptional()
  @IsIn(FORMATS)
  format?: (typeof FORMATS)[number];
}
