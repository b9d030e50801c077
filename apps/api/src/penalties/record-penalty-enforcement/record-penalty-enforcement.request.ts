import { ApiProperty } from '@nestjs/swagger';
import { IsRecordId, IsText, LIMITS, ReasonDto } from '../../hazards/shared/hazard-dto';

export class RecordPenaltyEnforcementRequest extends ReasonDto {
  @ApiProperty({ example: 't2' })
  @IsRecordId()
  targetId!: string;

  @ApiProperty({
    example: '(2024)晋0404执申1号',
    maxLength: LIMITS.name,
    description: '强制执行申请文号 / application number',
  })
  @IsText(LIMITS.name)
  applicationNo!: string;
}
