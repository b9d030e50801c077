import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, ValidateNested } from 'class-validator';
import { ClosureGround } from '@hazard-ledger/domain';
import { IsRecordId, IsText, LIMITS } from '../shared/hazard-dto';

const GROUNDS: ClosureGround['kind'][] = ['mine_closed', 'merged', 'voided_by_leaders'];

/**
 * ADR 20261207-closure-legal-grounds: why a major hazard may end without 销号. `voided_by_leaders` is refused (422)
 * in favour of the two-step void (ADR 20261207-two-leader-void).
 */
export class ClosureGroundDto {
  @ApiProperty({ enum: GROUNDS, example: 'mine_closed' })
  @IsIn(GROUNDS)
  kind!: ClosureGround['kind'];

  @ApiPropertyOptional({ example: '上党政〔2024〕99号', description: '关闭决定文号（mine_closed）/ closure decision' })
  @IsOptional()
  @IsText(LIMITS.name)
  decisionNo?: string;

  @ApiPropertyOptional({ example: '3f0c…', description: '并入的隐患（merged）/ the hazard it was merged into' })
  @IsOptional()
  @IsRecordId()
  intoHazardId?: string;
}

export class CloseHazardRequest {
  @ApiPropertyOptional({
    example: '已移交处罚，隐患已消除 / penalty imposed, hazard eliminated',
    description: '移交处罚后闭环时必填 / required when closing an escalated hazard',
    maxLength: LIMITS.reason,
  })
  @IsOptional()
  @IsText(LIMITS.reason)
  reason?: string;

  @ApiPropertyOptional({
    type: ClosureGroundDto,
    description: '未经销号闭环重大隐患的法定依据 / legal ground to close a major hazard without sign-off',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ClosureGroundDto)
  legalGround?: ClosureGroundDto;
}
