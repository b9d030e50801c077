import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsText, LIMITS } from '../shared/hazard-dto';

export class CloseHazardRequest {
  @ApiPropertyOptional({
    example: '已移交处罚，隐患已消除 / penalty imposed, hazard eliminated',
    description: '移交处罚后闭环时必填 / required when closing an escalated hazard',
    maxLength: LIMITS.reason,
  })
  @IsOptional()
  @IsText(LIMITS.reason)
  reason?: string;
}
