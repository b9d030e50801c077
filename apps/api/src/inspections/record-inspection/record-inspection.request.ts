import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { INSPECTION_KINDS, InspectionKind } from '@hazard-ledger/domain';
import { IsRecordId, IsText, LIMITS } from '../../hazards/shared/hazard-dto';
import { IsNotFuture } from '../../hazards/shared/instant.validators';

/** A team member by user id only: name, role and 执法证号 come from the user directory, never from the client. */
export class TeamMemberRequest {
  @ApiProperty({ example: 'u-inspector-zhang' })
  @IsRecordId()
  userId!: string;

  @ApiProperty({ example: false, description: '带队负责人 / team leader' })
  @IsBoolean()
  leader!: boolean;
}

export class RecordInspectionRequest {
  @ApiProperty({ example: 'mine-demo-1' })
  @IsRecordId()
  mineId!: string;

  @ApiProperty({
    enum: INSPECTION_KINDS,
    example: 'unannounced',
    description: '检查方式 / kind (四不两直 = unannounced)',
  })
  @IsIn(INSPECTION_KINDS)
  kind!: InspectionKind;

  @ApiPropertyOptional({ example: 'plan-2024-0007', description: '年度执法计划条目 / annual plan item fulfilled' })
  @IsOptional()
  @IsRecordId()
  planItemId?: string;

  @ApiProperty({ type: [String], example: ['-120m 中段', '主井提升系统'], maxItems: LIMITS.list })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.list)
  @IsText(LIMITS.location, { each: true })
  areas!: string[];

  @ApiProperty({ type: [TeamMemberRequest], minItems: 2, maxItems: 20 })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TeamMemberRequest)
  team!: TeamMemberRequest[];

  @ApiProperty({ example: '2024-03-10T01:00:00.000Z', description: '检查实施时间 / when the inspection took place' })
  @IsNotFuture()
  occurredAt!: string;

  @ApiPropertyOptional({
    example: '执法终端离线，回局补录',
    maxLength: LIMITS.reason,
    description: '补录原因 / reason for late entry',
  })
  @IsOptional()
  @IsText(LIMITS.reason)
  lateReason?: string;
}
