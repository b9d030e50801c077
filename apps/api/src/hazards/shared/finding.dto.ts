import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, ValidateNested } from 'class-validator';
import { HazardSource, LinkedRef } from '@hazard-ledger/domain';
import { EvidenceDto, EvidenceList } from './evidence.dto';
import { IsRecordId, IsText, LIMITS } from './hazard-dto';
import { IsNotFuture } from './instant.validators';

const SOURCES: HazardSource[] = [
  'self_check',
  'monthly_check',
  'inspection',
  'tip',
  'monitoring_alert',
  'physical_exam',
];
const LINK_KINDS: LinkedRef['kind'][] = [
  'inspection',
  'complaint',
  'monitoring_alert',
  'physical_exam',
  'monthly_investigation',
  'hazard',
];

export class LinkedRefDto {
  @ApiProperty({ enum: LINK_KINDS, example: 'inspection' })
  @IsIn(LINK_KINDS)
  kind!: LinkedRef['kind'];

  @ApiProperty({ example: 'insp-2024-031' })
  @IsRecordId()
  id!: string;
}

/** What a finder records about a hazard (a first discovery or a recurrence). */
export class FindingDto {
  @ApiProperty({
    enum: SOURCES,
    example: 'self_check',
    description:
      '企业自查只能由企业登记；检查发现的隐患只能经 POST /inspections/{id}/findings 登记（此处 inspection 返回 422）' +
      ' / self checks are the enterprise’s; a finding by inspection is recorded only through' +
      ' POST /inspections/{id}/findings (inspection here is a 422)',
  })
  @IsIn(SOURCES)
  source!: HazardSource;

  @ApiProperty({ example: '-120m 中段 3# 采场', maxLength: LIMITS.location })
  @IsText(LIMITS.location)
  location!: string;

  @ApiProperty({ example: '采场东侧安全出口被废石堵塞', maxLength: LIMITS.description })
  @IsText(LIMITS.description)
  description!: string;

  @EvidenceList()
  evidence!: EvidenceDto[];

  @ApiProperty({
    example: '2024-03-10T07:30:00.000Z',
    description: '发现时间（可早于提交时间，如离线采集）/ when it was found (offline capture may arrive later)',
  })
  @IsNotFuture()
  occurredAt!: string;

  @ApiPropertyOptional({ type: LinkedRefDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LinkedRefDto)
  linkedRef?: LinkedRefDto;
}
