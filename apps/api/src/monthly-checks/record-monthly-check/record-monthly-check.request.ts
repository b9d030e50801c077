import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject, Matches, ValidateNested } from 'class-validator';
import { CLAUSE_ID, IsRecordId, IsText, LIMITS } from '../../hazards/shared/hazard-dto';
import { IsNotFuture } from '../../hazards/shared/instant.validators';

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export class CheckParticipantRequest {
  @ApiProperty({ example: '刘工' })
  @IsText(LIMITS.name)
  name!: string;

  @ApiProperty({ example: '总工程师', description: '职务 / post' })
  @IsText(LIMITS.name)
  position!: string;
}

/**
 * The leader is named explicitly (who records it need not be who led it); the check counts as 主要负责人牵头 only when
 * the leader is the mine's principal on record, else it is recorded and flagged.
 */
export class RecordMonthlyCheckRequest {
  @ApiProperty({ example: 'mine-demo-1' })
  @IsRecordId()
  mineId!: string;

  @ApiProperty({ example: '2024-03', description: '所查月份（北京时间）/ the month checked (China Standard Time)' })
  @Matches(MONTH_PATTERN, { message: 'month 须为 YYYY-MM / month must be YYYY-MM' })
  month!: string;

  @ApiProperty({ example: '2024-03-20T02:00:00.000Z', description: '排查实施时间 / when the check was carried out' })
  @IsNotFuture()
  occurredAt!: string;

  @ApiProperty({
    type: CheckParticipantRequest,
    description: '牵头人（应为主要负责人）/ who led the check (should be the principal, 主要负责人)',
  })
  @IsObject()
  @ValidateNested()
  @Type(() => CheckParticipantRequest)
  leader!: CheckParticipantRequest;

  @ApiProperty({ type: [CheckParticipantRequest], description: '参加的专业技术人员 / professionals taking part' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.list)
  @ValidateNested({ each: true })
  @Type(() => CheckParticipantRequest)
  participants!: CheckParticipantRequest[];

  @ApiProperty({ type: [String], example: ['-120m 中段', '主井提升系统'], maxItems: LIMITS.list })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.list)
  @IsText(LIMITS.location, { each: true })
  areas!: string[];

  @ApiProperty({
    type: [String],
    example: ['MHS2022-UG-01', 'MHS2022-UG-29'],
    description: '排查的判定标准条款（矿安〔2022〕88号）/ clauses examined',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Matches(CLAUSE_ID, { each: true, message: 'clauses 须形如 MHS2022-UG-01 / clauses must look like MHS2022-UG-01' })
  clauses!: string[];
}
