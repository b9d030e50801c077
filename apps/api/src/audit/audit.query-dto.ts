import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsReadInstant } from '../hazards/shared/instant.validators';
import { ReadQuery } from '../reads/read-query.dto';

const ENTITY_TYPES = [
  'hazard',
  'mine',
  'inspection',
  'document',
  'penalty',
  'contractor',
  'hidden-factor',
  'exam-campaign',
  'enterprise-file',
  'lookback-case',
] as const;

export class AuditTrailQueryDto extends ReadQuery {
  @ApiPropertyOptional({ enum: ENTITY_TYPES })
  @IsOptional()
  @IsIn(ENTITY_TYPES)
  entityType?: (typeof ENTITY_TYPES)[number];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) entityId?: string;
  @ApiPropertyOptional({ description: '按操作人 / by actor (auditors, investigators)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  actorId?: string;
}

export class AccessLogQueryDto {
  @ApiPropertyOptional({ description: '被查看的记录 / the record viewed (e.g. a hazard id)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  recordId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) actorId?: string;
  @ApiPropertyOptional({ description: '不含 / exclusive' }) @IsOptional() @IsReadInstant() before?: string;
  @ApiPropertyOptional() @IsOptional() @IsReadInstant() after?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(400) cursor?: string;
}
